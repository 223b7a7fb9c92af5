package main

import (
	"fmt"
	"sort"
	"strings"
)

type Observer interface {
	Notify(topic string, price float64)
	ID() string
}

type Subject struct {
	observers map[string]Observer
	prices    map[string]float64
}

func (s *Subject) Attach(o Observer) { s.observers[o.ID()] = o }
func (s *Subject) Detach(o Observer) { delete(s.observers, o.ID()) }
func (s *Subject) SetPrice(sym string, p float64) {
	old := s.prices[sym]
	s.prices[sym] = p
	if old == p {
		return
	}
	ids := make([]string, 0, len(s.observers))
	for id := range s.observers {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		s.observers[id].Notify(sym, p)
	}
}

type Logger struct {
	name  string
	lines []string
}

func (l *Logger) ID() string { return "log:" + l.name }
func (l *Logger) Notify(t string, p float64) {
	l.lines = append(l.lines, fmt.Sprintf("%s=%.2f", t, p))
}

type Alert struct {
	threshold float64
	fired     *[]string
}

func (a Alert) ID() string { return fmt.Sprintf("alert>%.0f", a.threshold) }
func (a Alert) Notify(t string, p float64) {
	if p > a.threshold {
		*a.fired = append(*a.fired, fmt.Sprintf("%s crossed %.0f at %.2f", t, a.threshold, p))
	}
}

type FuncObserver struct {
	id string
	fn func(string, float64)
}

func (f FuncObserver) ID() string                 { return f.id }
func (f FuncObserver) Notify(t string, p float64) { f.fn(t, p) }

func main() {
	s := &Subject{observers: map[string]Observer{}, prices: map[string]float64{}}
	lg := &Logger{name: "main"}
	var fired []string
	a1, a2 := Alert{100, &fired}, Alert{150, &fired}
	maxSeen := map[string]float64{}
	fo := FuncObserver{"max", func(t string, p float64) { maxSeen[t] = max(maxSeen[t], p) }}
	for _, o := range []Observer{lg, a1, a2, fo} {
		s.Attach(o)
	}
	s.SetPrice("GO", 99.5)
	s.SetPrice("GO", 120)
	s.SetPrice("RS", 160)
	s.SetPrice("GO", 120)
	s.Detach(a1)
	s.SetPrice("GO", 155)
	s.Detach(Alert{threshold: 150})
	s.SetPrice("RS", 10)
	fmt.Println(strings.Join(lg.lines, " "))
	fmt.Println(strings.Join(fired, "\n"))
	fmt.Println(maxSeen, len(s.observers))
}
