package main

import (
	"fmt"
	"math"
	"strings"
	"time"
)

type Point struct{ X, Y float64 }

const (
	secondHandLength = 90
	minuteHandLength = 80
	hourHandLength   = 50
	clockCentreX     = 150
	clockCentreY     = 150
)

func secondsInRadians(t time.Time) float64 { return math.Pi / (30 / float64(t.Second())) }
func minutesInRadians(t time.Time) float64 {
	return secondsInRadians(t)/60 + math.Pi/(30/float64(t.Minute()))
}
func hoursInRadians(t time.Time) float64 {
	return minutesInRadians(t)/12 + math.Pi/(6/float64(t.Hour()%12))
}

func angleToPoint(angle float64) Point {
	return Point{math.Sin(angle), math.Cos(angle)}
}

func makeHand(p Point, length float64) Point {
	p = Point{p.X * length, p.Y * length}
	p = Point{p.X, -p.Y}
	return Point{p.X + clockCentreX, p.Y + clockCentreY}
}

func svg(t time.Time) string {
	var sb strings.Builder
	sb.WriteString(`<svg viewBox="0 0 300 300">`)
	for _, h := range []struct {
		p Point
		l float64
	}{{angleToPoint(secondsInRadians(t)), secondHandLength}, {angleToPoint(minutesInRadians(t)), minuteHandLength}, {angleToPoint(hoursInRadians(t)), hourHandLength}} {
		e := makeHand(h.p, h.l)
		fmt.Fprintf(&sb, `<line x1="150" y1="150" x2="%.3f" y2="%.3f"/>`, e.X, e.Y)
	}
	sb.WriteString("</svg>")
	return sb.String()
}

func roughlyEqual(a, b float64) bool { return math.Abs(a-b) < 1e-7 }

func main() {
	times := []time.Time{
		time.Date(1337, time.January, 1, 0, 0, 0, 0, time.UTC),
		time.Date(1337, time.January, 1, 0, 0, 30, 0, time.UTC),
		time.Date(1337, time.January, 1, 6, 0, 45, 0, time.UTC),
		time.Date(1337, time.January, 1, 21, 0, 7, 0, time.UTC),
	}
	for _, tm := range times {
		fmt.Printf("%s sec=%.6f min=%.6f hour=%.6f\n", tm.Format("15:04:05"), secondsInRadians(tm), minutesInRadians(tm), hoursInRadians(tm))
		p := angleToPoint(secondsInRadians(tm))
		fmt.Println(p, roughlyEqual(p.X, 0), math.Signbit(p.X))
		fmt.Println(svg(tm))
	}
	zero := 0
	fmt.Println(math.Pi/(30/float64(zero)), 30/float64(zero), math.Sin(math.Inf(1)))
}
