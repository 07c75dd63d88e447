import HubLocation

/// The problems of the published values, by name.
public enum Published {
  /// The problem called `name`: "AP10 p=2", "AP20 p=3", "AP25 p=4", "CAB20 p=2 alpha=0.2",
  /// "CSAHLP 10LL", or otherwise CSAHLP 20LT.
  public static func problem(_ name: String) throws -> HubProblem {
    switch name {
    case "AP10 p=2": try HubProblem(.usaphmp, instance: Fixture.ap(10), p: 2)
    case "AP20 p=3": try HubProblem(.usaphmp, instance: Fixture.ap(20), p: 3)
    case "AP25 p=4": try HubProblem(.usaphmp, instance: Fixture.ap(25), p: 4)
    case "CAB20 p=2 alpha=0.2":
      try HubProblem(.usaphmp, instance: Fixture.cab().instance(cities: 20, alpha: 0.2), p: 2)
    case "CSAHLP 10LL": try HubProblem(.csahlp, instance: Fixture.ap(10, fixed: "L", capacity: "L"))
    default: try HubProblem(.csahlp, instance: Fixture.ap(20, fixed: "L", capacity: "T"))
    }
  }
}
