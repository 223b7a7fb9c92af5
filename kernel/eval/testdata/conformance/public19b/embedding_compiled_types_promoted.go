package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"sort"
	"strings"
	"sync"
	"time"
)

type Counter struct {
	sync.Mutex
	m map[string]int
}

func (c *Counter) Inc(k string) {
	c.Lock()
	defer c.Unlock()
	c.m[k]++
}

type Event struct {
	time.Time
	Name string
}

type Doc struct {
	*bytes.Buffer
	title string
}

type SB struct {
	strings.Builder
	lines int
}

func (s *SB) Line(t string) { s.WriteString(t + "\n"); s.lines++ }

type RW struct {
	sync.RWMutex
	data []int
}

type TimedErr struct {
	error
	at time.Duration
}

type Sorted struct {
	sort.IntSlice
}

type Dur struct {
	time.Duration
}

func main() {
	c := Counter{m: map[string]int{}}
	var wg sync.WaitGroup
	for i := range 50 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c.Inc([]string{"a", "b"}[i%2])
		}()
	}
	wg.Wait()
	fmt.Println(c.m)
	ev := Event{time.Date(2024, 5, 6, 7, 8, 9, 0, time.UTC), "launch"}
	fmt.Println(ev)
	fmt.Printf("%v|%s|%+v\n", ev, ev, ev.Name)
	fmt.Println(ev.Year(), ev.Format(time.Kitchen), ev.Add(time.Hour).Hour())
	d := Doc{new(bytes.Buffer), "t"}
	fmt.Fprintf(d, "hello %d", 5)
	d.WriteString("!")
	var w io.Writer = d
	io.WriteString(w, "?")
	fmt.Println(d.String(), d.Len())
	var sb SB
	sb.Line("one")
	sb.Line("two")
	fmt.Print(sb.String())
	fmt.Println(sb.lines, sb.Len())
	var r RW
	r.Lock()
	r.data = append(r.data, 1)
	r.Unlock()
	r.RLock()
	fmt.Println(r.data)
	r.RUnlock()
	te := TimedErr{errors.New("slow"), 3 * time.Second}
	fmt.Println(te, te.at)
	var err error = te
	fmt.Printf("%v %q\n", err, err)
	s := Sorted{sort.IntSlice{3, 1, 2}}
	sort.Sort(s)
	fmt.Println(s.IntSlice, s.Len(), s.Search(2))
	fmt.Println(s)
	dd := Dur{90 * time.Minute}
	fmt.Println(dd, dd.Hours(), []Dur{{time.Second}})
	fmt.Printf("%v %d\n", dd, dd)
	type Stamp struct {
		Event
		seq int
	}
	st := Stamp{ev, 1}
	fmt.Println(st.Name, st.Month(), st.seq)
	fmt.Println(st)
}
