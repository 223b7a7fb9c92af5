package main

import (
	"fmt"
	"sync"
)

type Logger struct {
	prefix string
	lines  []string
}

func (l *Logger) Log(s string) { l.lines = append(l.lines, l.prefix+s) }

type Service struct {
	*Logger
	sync.Mutex
	name  string
	count int
}

func (s *Service) Hit() {
	s.Lock()
	defer s.Unlock()
	s.count++
	s.Log(fmt.Sprintf("%s hit %d", s.name, s.count))
}

type Named interface{ Log(string) }

type Inner struct{ V int }

func (i Inner) Double() int { return i.V * 2 }
func (i *Inner) Set(v int)  { i.V = v }

type Outer struct {
	Inner
	V string
}

func main() {
	s := &Service{Logger: &Logger{prefix: "[svc] "}, name: "api"}
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() { defer wg.Done(); s.Hit() }()
	}
	wg.Wait()
	fmt.Println(s.count, len(s.lines), s.lines[0][:6])
	var n Named = s
	n.Log("direct")
	fmt.Println(s.lines[len(s.lines)-1])
	o := Outer{Inner{3}, "shadow"}
	fmt.Println(o.V, o.Inner.V, o.Double())
	o.Set(10)
	fmt.Println(o.Inner.V, o.Double())
	f := o.Double
	o.Set(1)
	fmt.Println(f(), o.Double())
}
