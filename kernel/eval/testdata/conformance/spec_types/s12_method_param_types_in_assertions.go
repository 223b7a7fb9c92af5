package main

// A type implements an interface only if its methods have the interface's
// signatures, with identical parameter and result types: two defined
// types with one underlying type (type Meters Feet) are different types,
// so m(Feet) does not implement interface{ m(Meters) }.

import "fmt"

type Feet struct{ n float64 }
type Meters Feet

type Ruler int

func (Ruler) Measure(f *Feet) float64 { return f.n }
func (Ruler) Scale(k int) Feet        { return Feet{float64(k)} }

type FeetMeasurer interface{ Measure(*Feet) float64 }
type MeterMeasurer interface{ Measure(*Meters) float64 }

func main() {
	var v any = Ruler(1)
	_, isFeet := v.(FeetMeasurer)
	_, isMeters := v.(MeterMeasurer)
	_, scalesFeet := v.(interface{ Scale(int) Feet })
	_, scalesMeters := v.(interface{ Scale(int) Meters })
	fmt.Println(isFeet, isMeters, scalesFeet, scalesMeters)

	switch v.(type) {
	case MeterMeasurer:
		fmt.Println("meters")
	case FeetMeasurer:
		fmt.Println("feet")
	}

	var fm FeetMeasurer = Ruler(2)
	_, again := fm.(MeterMeasurer)
	fmt.Println(fm.Measure(&Feet{3}), again)

	defer func() { fmt.Println("recovered:", recover()) }()
	_ = v.(MeterMeasurer)
}
