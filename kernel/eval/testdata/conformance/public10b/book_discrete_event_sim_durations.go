package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
	"time"
)

type Event struct {
	At   time.Duration
	Name string
}

type Sim struct {
	mu    sync.Mutex
	now   time.Duration
	queue []Event
	log   []string
}

func (s *Sim) Schedule(after time.Duration, name string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.queue = append(s.queue, Event{s.now + after, name})
	sort.SliceStable(s.queue, func(i, j int) bool { return s.queue[i].At < s.queue[j].At })
}

func (s *Sim) Run(handlers map[string]func(*Sim)) {
	for {
		s.mu.Lock()
		if len(s.queue) == 0 {
			s.mu.Unlock()
			return
		}
		e := s.queue[0]
		s.queue = s.queue[1:]
		s.now = e.At
		s.log = append(s.log, fmt.Sprintf("%6v %s", e.At, e.Name))
		s.mu.Unlock()
		if h := handlers[strings.SplitN(e.Name, ":", 2)[0]]; h != nil {
			h(s)
		}
	}
}

func main() {
	s := &Sim{}
	arrivals := 0
	handlers := map[string]func(*Sim){
		"arrive": func(s *Sim) {
			arrivals++
			s.Schedule(1500*time.Millisecond, fmt.Sprint("serve:", arrivals))
			if arrivals < 4 {
				s.Schedule(time.Second, "arrive")
			}
		},
		"serve": func(s *Sim) {
			s.Schedule(250*time.Millisecond, "depart")
		},
	}
	s.Schedule(0, "arrive")
	s.Run(handlers)
	fmt.Println(strings.Join(s.log, "\n"))
	fmt.Println("end at", s.now, "arrivals", arrivals)
	d := 90*time.Minute + 30*time.Second + 5*time.Millisecond
	fmt.Println(d, d.Truncate(time.Minute), d.Round(time.Hour), d.Hours(), time.Duration(1500)*time.Microsecond)
	fmt.Printf("%v %d %s %.1f\n", time.Duration(0), time.Second, -3*time.Millisecond, (2 * time.Second).Minutes())
}
