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

func angleToPoint(angle float64) Point { return Point{math.Sin(angle), math.Cos(angle)} }

func makeHand(p Point, length float64) Point {
	p = Point{p.X * length, p.Y * length}
	p = Point{p.X, -p.Y}
	return Point{p.X + clockCentreX, p.Y + clockCentreY}
}

func roughlyEqual(a, b float64) bool { return math.Abs(a-b) < 1e-7 }

func line(b *strings.Builder, p Point, color string) {
	fmt.Fprintf(b, `<line x1="150" y1="150" x2="%.3f" y2="%.3f" style="stroke:%s;"/>`+"\n", p.X, p.Y, color)
}

func SVG(t time.Time) string {
	var b strings.Builder
	b.WriteString(`<svg viewBox="0 0 300 300">` + "\n")
	line(&b, makeHand(angleToPoint(secondsInRadians(t)), secondHandLength), "#f00")
	line(&b, makeHand(angleToPoint(minutesInRadians(t)), minuteHandLength), "#000")
	line(&b, makeHand(angleToPoint(hoursInRadians(t)), hourHandLength), "#000")
	b.WriteString("</svg>")
	return b.String()
}

func simpleTime(h, m, s int) time.Time { return time.Date(312, time.October, 28, h, m, s, 0, time.UTC) }

func main() {
	for _, c := range []struct{ h, m, s int }{{0, 0, 30}, {0, 0, 0}, {0, 0, 45}, {0, 0, 7}, {6, 0, 0}, {21, 0, 0}, {0, 1, 30}} {
		t := simpleTime(c.h, c.m, c.s)
		fmt.Printf("%02d:%02d:%02d sec=%.4f min=%.4f hour=%.4f\n", c.h, c.m, c.s, secondsInRadians(t), minutesInRadians(t), hoursInRadians(t))
	}
	p := angleToPoint(secondsInRadians(simpleTime(0, 0, 45)))
	fmt.Println(roughlyEqual(p.X, -1), roughlyEqual(p.Y, 0))
	fmt.Println(SVG(simpleTime(10, 15, 30)))
}
