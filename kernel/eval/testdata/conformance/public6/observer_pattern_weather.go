package main

import (
	"fmt"
	"math"
	"strings"
)

type Observer interface {
	Update(temp, humidity float64)
	Name() string
}

type Subject interface {
	Register(Observer)
	Remove(Observer)
	Notify()
}

type WeatherData struct {
	observers []Observer
	temp, hum float64
}

func (w *WeatherData) Register(o Observer) { w.observers = append(w.observers, o) }
func (w *WeatherData) Remove(o Observer) {
	for i, x := range w.observers {
		if x == o {
			w.observers = append(w.observers[:i], w.observers[i+1:]...)
			return
		}
	}
}
func (w *WeatherData) Notify() {
	for _, o := range w.observers {
		o.Update(w.temp, w.hum)
	}
}
func (w *WeatherData) Set(t, h float64) { w.temp, w.hum = t, h; w.Notify() }

type CurrentDisplay struct{ lines *[]string }

func (c CurrentDisplay) Update(t, h float64) {
	*c.lines = append(*c.lines, fmt.Sprintf("now %.1fC %.0f%%", t, h))
}
func (CurrentDisplay) Name() string { return "current" }

type StatsDisplay struct {
	min, max, sum float64
	n             int
}

func (s *StatsDisplay) Update(t, _ float64) {
	if s.n == 0 {
		s.min, s.max = math.Inf(1), math.Inf(-1)
	}
	s.min, s.max = math.Min(s.min, t), math.Max(s.max, t)
	s.sum += t
	s.n++
}
func (s *StatsDisplay) Name() string { return "stats" }
func (s *StatsDisplay) String() string {
	return fmt.Sprintf("min=%.1f max=%.1f avg=%.2f", s.min, s.max, s.sum/float64(s.n))
}

type FuncObserver struct {
	name string
	fn   func(t, h float64)
}

func (f *FuncObserver) Update(t, h float64) { f.fn(t, h) }
func (f *FuncObserver) Name() string        { return f.name }

func main() {
	var lines []string
	wd := &WeatherData{}
	var subj Subject = wd
	cur := CurrentDisplay{&lines}
	stats := &StatsDisplay{}
	alerts := 0
	alert := &FuncObserver{"alert", func(t, h float64) {
		if t > 30 || h > 90 {
			alerts++
		}
	}}
	subj.Register(cur)
	subj.Register(stats)
	subj.Register(alert)
	wd.Set(25, 60)
	wd.Set(31.5, 70)
	subj.Remove(cur)
	wd.Set(18, 95)
	subj.Remove(&FuncObserver{"alert", nil})
	wd.Set(22, 50)
	fmt.Println(strings.Join(lines, "; "))
	fmt.Println(stats, "alerts:", alerts)
	names := []string{}
	for _, o := range wd.observers {
		names = append(names, o.Name())
	}
	fmt.Println(names)
}
