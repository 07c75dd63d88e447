import CorridorModel
import DequeModule

/// An open network of first-come-first-served stations that every customer visits in order,
/// simulated with the future-event list: the engine's reference model for tandem queues.
public struct StationNetwork: Sendable {
  /// One station: parallel servers and a service time distribution.
  public struct Station: Sendable, Hashable {
    public var servers: Int
    public var service: Distribution
    public init(servers: Int, service: Distribution) {
      self.servers = servers
      self.service = service
    }
  }

  /// The stations, in the order customers visit them.
  public var stations: [Station]
  /// Time between arrivals at the first station (hours).
  public var interarrival: Distribution

  /// Creates a network.
  public init(stations: [Station], interarrival: Distribution) {
    self.stations = stations
    self.interarrival = interarrival
  }

  /// What one run measured.
  public struct Run: Sendable {
    /// Time in the network per customer, after the warm-up.
    public var sojourn: RunningStatistics
    /// Wait in queue per customer and station, after the warm-up.
    public var waits: [RunningStatistics]
    /// The time-average number of customers in the network over the recorded period.
    public var averageInSystem: Double
    /// Customers that arrived in the recorded period per hour.
    public var arrivalRate: Double
    /// Customers still in the network at the end (arrived but not departed).
    public var inSystemAtEnd: Int
  }

  private enum Event {
    case arrival
    case completion(station: Int, customer: Int32)
  }

  /// Simulates `customers` arrivals after `warmUp` more.
  ///
  /// - Parameter drain: Keep going after the last arrival until every customer has left (the
  ///   time averages still cover only the arrival period).
  public func run(
    customers: Int, warmUp: Int, seed: UInt64, replication: Int = 0, drain: Bool = false
  ) -> Run {
    var arrivals = RandomStream(seed: seed, replication: replication, stream: 1)
    var services = stations.indices.map {
      RandomStream(seed: seed, replication: replication, stream: 2 + $0)
    }
    var events = EventQueue<Event>()
    var queues = stations.map { _ in Deque<(customer: Int32, since: Double)>() }
    var idle = stations.map(\.servers)
    var arrivedAt: [Int32: Double] = [:]
    var waits = stations.map { _ in RunningStatistics() }
    var sojourn = RunningStatistics()
    var created = 0
    var inSystem = 0
    var area = 0.0
    var lastTime = 0.0
    var recordStart = 0.0
    var recordEnd = 0.0
    events.schedule(at: interarrival.sample(&arrivals), .arrival)

    func startService(
      _ s: Int, _ customer: Int32, since: Double, at now: Double, _ events: inout EventQueue<Event>
    ) {
      if Int(customer) >= warmUp { waits[s].add(now - since) }
      idle[s] -= 1
      events.schedule(
        at: now + stations[s].service.sample(&services[s]),
        .completion(station: s, customer: customer))
    }

    func enter(_ s: Int, _ customer: Int32, at now: Double, _ events: inout EventQueue<Event>) {
      if idle[s] > 0 {
        startService(s, customer, since: now, at: now, &events)
      } else {
        queues[s].append((customer, now))
      }
    }

    while let (now, event) = events.next() {
      let upTo = recordEnd > 0 ? min(now, recordEnd) : now
      if created > warmUp && upTo > lastTime { area += Double(inSystem) * (upTo - lastTime) }
      lastTime = upTo
      switch event {
      case .arrival:
        let id = Int32(created)
        created += 1
        if created == warmUp + 1 { recordStart = now }
        if created <= warmUp + customers {
          arrivedAt[id] = now
          inSystem += 1
          enter(0, id, at: now, &events)
          if created < warmUp + customers {
            events.schedule(at: now + interarrival.sample(&arrivals), .arrival)
          } else {
            recordEnd = now
          }
        }
      case .completion(let s, let customer):
        idle[s] += 1
        if let next = queues[s].popFirst() {
          startService(s, next.customer, since: next.since, at: now, &events)
        }
        if s + 1 < stations.count {
          enter(s + 1, customer, at: now, &events)
        } else {
          inSystem -= 1
          if let start = arrivedAt.removeValue(forKey: customer), Int(customer) >= warmUp {
            sojourn.add(now - start)
          }
        }
      }
      if !drain && created >= warmUp + customers && recordEnd > 0 && now >= recordEnd { break }
    }
    let span = max(recordEnd - recordStart, 1e-12)
    return Run(
      sojourn: sojourn, waits: waits, averageInSystem: area / span,
      arrivalRate: Double(customers - 1) / span, inSystemAtEnd: inSystem)
  }
}
