import CorridorModel

/// Applies `set:` and `scale:` edits to the fields of stages, processes, links and facilities.
///
/// The decoder has already checked each value's type and range; the editor checks what only
/// the target can tell, such as a scaled probability above 1 or a capacity that was never set.
struct FieldEditor {
  let sink: DiagnosticSink
  let location: SourceLocation
  let label: String

  private func fail(_ field: String, _ message: String) {
    sink.error(location, "\(label): '\(field)' \(message)")
  }

  /// A number after the edit, or `nil` (reported) when the edit does not apply or leaves the
  /// figure outside its range.
  private func number(_ value: Double?, _ field: String, _ edit: FieldEdit) -> Double? {
    guard let result = rawNumber(value, field, edit) else { return nil }
    let range = InputRange.fields[field] ?? InputRange.hours
    if range.isSlip(result) {
      fail(field, "would become \(result), too small to be a real figure; set it to 0 instead")
      return nil
    }
    guard range.contains(result) else {
      fail(field, "would become \(result.formattedPlain); it must be \(range.expectation)")
      return nil
    }
    return result
  }

  private func rawNumber(_ value: Double?, _ field: String, _ edit: FieldEdit) -> Double? {
    switch edit {
    case .setNumber(let new): return new
    case .setInteger(let new): return Double(new)
    case .scale(let factor):
      guard let value else {
        fail(field, "has no value to scale; use 'set:'")
        return nil
      }
      return value * factor
    case .add(let amount):
      guard let value else {
        fail(field, "has no value to add to; use 'set:'")
        return nil
      }
      return value + amount
    case .reduce(let amount):
      return max(0, (value ?? 0) - amount)
    case .setDistribution, .setOpeningHours, .setClosures, .setBool:
      fail(field, "takes a number")
      return nil
    }
  }

  /// A whole count after the edit, rounded to the nearest, or `nil` (reported) when the edit
  /// does not apply or leaves it outside `range`.
  private func count(_ value: Int?, _ field: String, _ edit: FieldEdit, _ range: ClosedRange<Int>)
    -> Int?
  {
    guard let result = rawNumber(value.map(Double.init), field, edit)?.rounded() else {
      return nil
    }
    guard result >= Double(range.lowerBound) && result <= Double(range.upperBound) else {
      fail(
        field,
        "would become \(result.formattedPlain); it must be a whole number from "
          + "\(range.lowerBound) to \(range.upperBound)")
      return nil
    }
    return Int(result)
  }

  private func distribution(_ value: Distribution, _ field: String, _ edit: FieldEdit)
    -> Distribution?
  {
    switch edit {
    case .setDistribution(let new): return new
    case .setNumber(let new): return .fixed(new)
    case .scale(let factor):
      let scaled = value.scaled(by: factor)
      guard InputRange.hours.contains(scaled.mean), scaled.variance.isFinite else {
        fail(
          field,
          "would become \(scaled.mean.formattedPlain) hours on average; it must be "
            + InputRange.hours.expectation)
        return nil
      }
      return scaled
    default:
      fail(field, "takes a duration (a number of hours or a distribution)")
      return nil
    }
  }

  func edit(_ stage: inout Stage, field: String, _ edit: FieldEdit) {
    switch field {
    case "lanes":
      if case .scale(let factor) = edit {
        let lanes = Double(stage.lanes) * factor
        guard lanes <= Double(Limits.maximumLanes) else {
          fail(field, "of stage '\(stage.id)' would become more than \(Limits.maximumLanes)")
          return
        }
        guard lanes.rounded() >= 1 else {
          fail(
            field,
            "of stage '\(stage.id)' would become \(lanes.formattedPlain); a stage keeps at least 1 "
              + "lane (to close a crossing, remove its links)")
          return
        }
        stage.lanes = lanes.clampedInt(1...Limits.maximumLanes)
      } else if case .add(let extra) = edit {
        let lanes = Double(stage.lanes) + extra
        guard lanes <= Double(Limits.maximumLanes) else {
          fail(field, "of stage '\(stage.id)' would become more than \(Limits.maximumLanes)")
          return
        }
        stage.lanes = lanes.clampedInt(1...Limits.maximumLanes)
      } else if case .setInteger(let lanes) = edit {
        guard lanes <= Limits.maximumLanes else {
          fail(
            field, "of stage '\(stage.id)' must be at most \(Limits.maximumLanes), found \(lanes)")
          return
        }
        stage.lanes = lanes
      }
    case "service_hours":
      stage.serviceHours = distribution(stage.serviceHours, field, edit) ?? stage.serviceHours
    default:  // probability
      guard let p = rawNumber(stage.probability, field, edit) else { return }
      guard p.isFinite, p >= 0, p <= 1 else {
        fail(
          field,
          "of stage '\(stage.id)' would become \(p.formattedPlain); a probability must stay within 0 to 1"
        )
        return
      }
      stage.probability = p
    }
  }

  func edit(_ process: inout CheckpointProcess, field: String, _ edit: FieldEdit) {
    switch field {
    case "opening_hours":
      if case .setOpeningHours(let hours) = edit { process.openingHours = hours }
    case "closures":
      if case .setClosures(let closures) = edit { process.closures = closures }
    case "electronic_queue":
      if case .setBool(let flag) = edit { process.electronicQueue = flag }
    case "arrive_when_open":
      if case .setBool(let flag) = edit { process.arrivesWhenOpen = flag }
    case "fee_usd_per_teu":
      process.feeUSDPerTEU = number(process.feeUSDPerTEU, field, edit) ?? process.feeUSDPerTEU
    case "quota_units_per_day":
      process.quotaUnitsPerDay =
        count(process.quotaUnitsPerDay, field, edit, InputRange.quotaUnitsPerDay)
        ?? process.quotaUnitsPerDay
    case "holding_area_units":
      process.holdingAreaUnits =
        count(process.holdingAreaUnits, field, edit, InputRange.holdingAreaUnits)
        ?? process.holdingAreaUnits
    default:  // teu_per_unit
      process.teuPerUnit = number(process.teuPerUnit, field, edit) ?? process.teuPerUnit
    }
  }

  func edit(_ link: inout Link, field: String, _ edit: FieldEdit) {
    switch field {
    case "km": link.distanceKm = number(link.distanceKm, field, edit) ?? link.distanceKm
    case "hours":
      link.runningHours = distribution(link.runningHours, field, edit) ?? link.runningHours
    case "speed_kmh":
      let hours: Distribution
      switch edit {
      case .setNumber(let speed): hours = .fixed(link.distanceKm / speed)
      case .scale(let factor) where InputRange.positiveFactor.contains(factor):
        hours = link.runningHours.scaled(by: 1 / factor)
      default:
        fail(field, "must be set, or scaled by \(InputRange.positiveFactor.expectation)")
        return
      }
      guard InputRange.hours.contains(hours.mean) else {
        fail(
          field,
          "would make the running time \(hours.mean.formattedPlain) hours; it must be "
            + InputRange.hours.expectation)
        return
      }
      link.runningHours = hours
    case "tariff_usd_per_teu":
      link.tariffUSDPerTEU = number(link.tariffUSDPerTEU, field, edit) ?? link.tariffUSDPerTEU
    case "tariff_usd_per_teu_km":
      link.tariffUSDPerTEUKm = number(link.tariffUSDPerTEUKm, field, edit) ?? link.tariffUSDPerTEUKm
    case "capacity_teu_per_year":
      link.capacityTEUPerYear =
        number(link.capacityTEUPerYear, field, edit) ?? link.capacityTEUPerYear
    case "co2_kg_per_teu_km":
      link.co2KgPerTEUKm = number(link.co2KgPerTEUKm, field, edit) ?? link.co2KgPerTEUKm
    case "choice_constant_usd_per_teu":
      link.choiceConstantUSDPerTEU =
        number(link.choiceConstantUSDPerTEU ?? 0, field, edit) ?? link.choiceConstantUSDPerTEU
    default:  // sailings_per_week, vessel_capacity_teu
      guard var ferry = link.ferry else {
        fail(field, "applies to ferry links only; link '\(link.id)' is \(link.mode.rawValue)")
        return
      }
      if field == "sailings_per_week" {
        ferry.sailingsPerWeek = number(ferry.sailingsPerWeek, field, edit) ?? ferry.sailingsPerWeek
      } else {
        ferry.vesselCapacityTEU =
          number(ferry.vesselCapacityTEU, field, edit) ?? ferry.vesselCapacityTEU
      }
      link.ferry = ferry
    }
    // A ferry's sailing time is its link's running time.
    if link.ferry != nil { link.ferry?.sailingHours = link.runningHours }
  }

  func edit(_ facility: inout GaugeChange, field: String, _ edit: FieldEdit) {
    switch field {
    case "transshipment_hours":
      facility.transshipmentHours =
        distribution(facility.transshipmentHours, field, edit) ?? facility.transshipmentHours
    case "capacity_teu_per_day":
      facility.capacityTEUPerDay =
        number(facility.capacityTEUPerDay, field, edit) ?? facility.capacityTEUPerDay
    case "wagon_sets":
      facility.wagonSets =
        count(facility.wagonSets, field, edit, InputRange.wagonSets) ?? facility.wagonSets
      if facility.wagonCycleHours == nil {
        fail(field, "needs 'wagon_cycle_hours' too; set both, or the sets are not counted")
      }
    case "wagon_cycle_hours":
      facility.wagonCycleHours =
        number(facility.wagonCycleHours, field, edit) ?? facility.wagonCycleHours
      if facility.wagonSets == nil {
        fail(field, "needs 'wagon_sets' too; set both, or the cycle is not used")
      }
    default:  // cost_usd_per_teu
      facility.costUSDPerTEU = number(facility.costUSDPerTEU, field, edit) ?? facility.costUSDPerTEU
    }
  }

  func edit(_ crossing: inout Crossing, field: String, _ edit: FieldEdit) {
    crossing.choiceConstantUSDPerTEU =
      number(crossing.choiceConstantUSDPerTEU ?? 0, field, edit)
      ?? crossing.choiceConstantUSDPerTEU
  }

  func edit(_ hub: inout Hub, field: String, _ edit: FieldEdit) {
    switch field {
    case "dwell_hours": hub.dwellHours = distribution(hub.dwellHours, field, edit) ?? hub.dwellHours
    case "handling_usd_per_teu":
      hub.handlingUSDPerTEU = number(hub.handlingUSDPerTEU, field, edit) ?? hub.handlingUSDPerTEU
    case "capacity_teu_per_year":
      hub.capacityTEUPerYear = number(hub.capacityTEUPerYear, field, edit) ?? hub.capacityTEUPerYear
    case "consolidates":
      // Opening a candidate as a consolidation hub makes it a hub that is there.
      if case .setBool(let flag) = edit {
        hub.consolidates = flag
        if flag { hub.isCandidate = false }
      }
    default:  // fixed_cost_usd_per_year
      hub.fixedCostUSDPerYear =
        number(hub.fixedCostUSDPerYear, field, edit) ?? hub.fixedCostUSDPerYear
    }
  }
}
