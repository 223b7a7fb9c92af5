package main

import (
	"errors"
	"fmt"
	"strings"
)

// An entity store with generational handles, as game engines write them.

type Handle struct {
	index uint32
	gen   uint32
}

func (h Handle) String() string { return fmt.Sprintf("#%d.%d", h.index, h.gen) }

var ErrStale = errors.New("stale handle")

type slot[T any] struct {
	gen   uint32
	alive bool
	val   T
}

type Store[T any] struct {
	slots []slot[T]
	free  []uint32
}

func (s *Store[T]) Insert(v T) Handle {
	if n := len(s.free); n > 0 {
		i := s.free[n-1]
		s.free = s.free[:n-1]
		s.slots[i].alive, s.slots[i].val = true, v
		return Handle{i, s.slots[i].gen}
	}
	s.slots = append(s.slots, slot[T]{alive: true, val: v})
	return Handle{uint32(len(s.slots) - 1), 0}
}

func (s *Store[T]) Get(h Handle) (*T, error) {
	if int(h.index) >= len(s.slots) {
		return nil, fmt.Errorf("%v: no such slot", h)
	}
	sl := &s.slots[h.index]
	if !sl.alive || sl.gen != h.gen {
		return nil, fmt.Errorf("%v: %w (slot gen %d)", h, ErrStale, sl.gen)
	}
	return &sl.val, nil
}

func (s *Store[T]) Remove(h Handle) error {
	if _, err := s.Get(h); err != nil {
		return err
	}
	sl := &s.slots[h.index]
	var zero T
	sl.alive, sl.val = false, zero
	sl.gen++
	s.free = append(s.free, h.index)
	return nil
}

func (s *Store[T]) Each(f func(Handle, *T)) {
	for i := range s.slots {
		if s.slots[i].alive {
			f(Handle{uint32(i), s.slots[i].gen}, &s.slots[i].val)
		}
	}
}

type Entity struct {
	Name string
	HP   int
}

func main() {
	var st Store[Entity]
	a := st.Insert(Entity{"orc", 10})
	b := st.Insert(Entity{"elf", 7})
	c := st.Insert(Entity{"imp", 3})
	fmt.Println(a, b, c)
	if e, err := st.Get(b); err == nil {
		e.HP -= 5
	}
	fmt.Println(st.Remove(a), st.Remove(a))
	d := st.Insert(Entity{"troll", 30})
	_, err := st.Get(a)
	fmt.Println(d, err, errors.Is(err, ErrStale))
	_, err = st.Get(Handle{9, 0})
	fmt.Println(err)
	var names []string
	st.Each(func(h Handle, e *Entity) {
		e.HP++
		names = append(names, fmt.Sprintf("%v=%s:%d", h, e.Name, e.HP))
	})
	fmt.Println(strings.Join(names, " "))
	var ids Store[string]
	hs := []Handle{}
	for i := 0; i < 5; i++ {
		hs = append(hs, ids.Insert(fmt.Sprint("s", i)))
	}
	for _, h := range hs[1:4] {
		ids.Remove(h)
	}
	for i := 0; i < 4; i++ {
		hs = append(hs, ids.Insert(fmt.Sprint("t", i)))
	}
	fmt.Println(hs, len(ids.slots), ids.free)
}
