import Testing

@testable import CorridorSimulation

/// The stores the event loop keeps its events and consignments in.
@Suite("Event heap and consignment table")
struct SimulationStorageTests {
  @Test("events come out in the order of (time, priority, scheduling), whatever the ties")
  func eventOrderAtScale() {
    var random = RandomStream(seed: 11)
    var events = EventQueue<Int>()
    // The events waiting, as (time, priority, sequence): the next is always the smallest.
    var waiting: [(Double, Int, Int)] = []
    func takeNext() {
      let event = events.next()
      let smallest = waiting.indices.min { waiting[$0] < waiting[$1] }
      #expect(event?.payload == smallest.map { waiting[$0].2 })
      if let smallest { waiting.remove(at: smallest) }
    }
    for sequence in 0..<1_000 {
      // Few distinct times and priorities, so that ties are the rule.
      let time = Double(random.next() % 40)
      let priority = Int(random.next() % 3)
      events.schedule(at: time, priority: priority, sequence)
      waiting.append((time, priority, sequence))
      // Take some events on the way, as a simulation does.
      if random.next() % 3 == 0 { takeNext() }
    }
    while !waiting.isEmpty { takeNext() }
    #expect(events.isEmpty)
  }

  @Test("a consignment that has left is not found, even once its slot is reused")
  func staleIDs() {
    var table = ConsignmentTable()
    func consignment(_ route: Int32) -> Consignment {
      Consignment(route: route, created: 0, recorded: route.isMultiple(of: 2), teu: 2)
    }
    let first = table.insert(consignment(0))
    let second = table.insert(consignment(1))
    #expect(table.count == 2)
    #expect(table.remove(first)?.route == 0)
    #expect(table.remove(first) == nil)
    let third = table.insert(consignment(2))
    #expect(third.slot == first.slot)
    #expect(table[first] == nil)
    #expect(table[third]?.route == 2)
    #expect(table[second]?.route == 1)
    if let i = table.index(of: second) { table[i].leg += 1 }
    #expect(table[second]?.leg == 1)
    #expect(table.count == 2)
    #expect(table.count(where: \.recorded) == 1)
  }
}
