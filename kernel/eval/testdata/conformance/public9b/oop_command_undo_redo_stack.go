package main

import (
	"fmt"
	"sort"
	"strings"
)

type Store map[string]string

type Change interface {
	Apply(Store)
	Revert(Store)
	Describe() string
}

type setOp struct {
	key, val    string
	prev        string
	hadPrevious bool
}

func (s *setOp) Apply(st Store) {
	s.prev, s.hadPrevious = st[s.key]
	st[s.key] = s.val
}

func (s *setOp) Revert(st Store) {
	if s.hadPrevious {
		st[s.key] = s.prev
	} else {
		delete(st, s.key)
	}
}

func (s *setOp) Describe() string { return "set " + s.key + "=" + s.val }

type renameOp struct{ from, to string }

func (r renameOp) Apply(st Store) {
	if v, ok := st[r.from]; ok {
		delete(st, r.from)
		st[r.to] = v
	}
}
func (r renameOp) Revert(st Store)  { renameOp{r.to, r.from}.Apply(st) }
func (r renameOp) Describe() string { return "rename " + r.from + "->" + r.to }

type batch []Change

func (b batch) Apply(st Store) {
	for _, c := range b {
		c.Apply(st)
	}
}
func (b batch) Revert(st Store) {
	for i := len(b) - 1; i >= 0; i-- {
		b[i].Revert(st)
	}
}
func (b batch) Describe() string { return fmt.Sprintf("batch of %d", len(b)) }

type History struct {
	st     Store
	done   []Change
	undone []Change
}

func (h *History) Do(c Change) {
	c.Apply(h.st)
	h.done = append(h.done, c)
	h.undone = nil
}

func (h *History) Step(back bool) string {
	from, to := &h.done, &h.undone
	if !back {
		from, to = to, from
	}
	if len(*from) == 0 {
		return "nothing"
	}
	c := (*from)[len(*from)-1]
	*from = (*from)[:len(*from)-1]
	if back {
		c.Revert(h.st)
	} else {
		c.Apply(h.st)
	}
	*to = append(*to, c)
	return c.Describe()
}

func (h *History) Dump() string {
	keys := make([]string, 0, len(h.st))
	for k := range h.st {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var parts []string
	for _, k := range keys {
		parts = append(parts, k+"="+h.st[k])
	}
	return "{" + strings.Join(parts, " ") + "}"
}

func main() {
	h := &History{st: Store{}}
	h.Do(&setOp{key: "a", val: "1"})
	h.Do(&setOp{key: "b", val: "2"})
	h.Do(batch{&setOp{key: "a", val: "10"}, renameOp{"b", "c"}})
	fmt.Println(h.Dump())
	for range 4 {
		fmt.Printf("undo %-12s %s\n", h.Step(true), h.Dump())
	}
	fmt.Printf("redo %-12s %s\n", h.Step(false), h.Dump())
	fmt.Printf("redo %-12s %s\n", h.Step(false), h.Dump())
	h.Do(&setOp{key: "z", val: "26"})
	fmt.Printf("redo %-12s %s\n", h.Step(false), h.Dump())
	fmt.Println(len(h.done), len(h.undone))
}
