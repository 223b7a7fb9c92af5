package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strings"
	"sync"
	"time"
)

type Event struct {
	time.Time
	Name string
}

type Buf struct {
	*bytes.Buffer
	n int
}

type Locked struct {
	sync.Mutex
	m map[string]int
}

type Names struct {
	sort.StringSlice
	calls int
}

func (n *Names) Less(i, j int) bool { n.calls++; return n.StringSlice[i] > n.StringSlice[j] }

type W struct {
	io.Writer
	count int
}

func (w *W) Write(p []byte) (int, error) { w.count += len(p); return w.Writer.Write(p) }

func main() {
	e := Event{time.Date(2020, 1, 2, 3, 4, 5, 0, time.UTC), "launch"}
	b, err := json.Marshal(e)
	fmt.Println(string(b), err)
	fmt.Println(e)
	fmt.Printf("%v|%+v|%s\n", e, e, e)
	var e2 Event
	fmt.Println(json.Unmarshal([]byte(`"2021-05-06T07:08:09Z"`), &e2), e2.Year(), e2.Name)
	bf := Buf{Buffer: new(bytes.Buffer)}
	fmt.Fprintf(bf, "x=%d", 5)
	fmt.Println(bf.String(), bf.Len())
	l := Locked{m: map[string]int{}}
	l.Lock()
	l.m["a"]++
	l.Unlock()
	fmt.Println(l.m)
	ns := &Names{StringSlice: []string{"b", "c", "a"}}
	sort.Sort(ns)
	fmt.Println(ns.StringSlice, ns.calls > 0)
	var sb strings.Builder
	w := &W{Writer: &sb}
	fmt.Fprint(w, "hello", 1, 2)
	io.WriteString(w, "!")
	fmt.Println(sb.String(), w.count)
	var s fmt.Stringer = e
	fmt.Println(s.String())
}
