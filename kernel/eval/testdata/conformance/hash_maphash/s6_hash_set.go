package main

import (
	"fmt"
	"hash/maphash"
	"slices"
)

type Set struct {
	seed    maphash.Seed
	buckets [][]string
}

func NewSet(n int) *Set { return &Set{seed: maphash.MakeSeed(), buckets: make([][]string, n)} }

func (s *Set) idx(k string) int { return int(maphash.String(s.seed, k) % uint64(len(s.buckets))) }

func (s *Set) Add(k string) bool {
	i := s.idx(k)
	if slices.Contains(s.buckets[i], k) {
		return false
	}
	s.buckets[i] = append(s.buckets[i], k)
	return true
}

func (s *Set) Has(k string) bool { return slices.Contains(s.buckets[s.idx(k)], k) }

func (s *Set) Len() (n int) {
	for _, b := range s.buckets {
		n += len(b)
	}
	return
}

func main() {
	s := NewSet(8)
	for _, w := range []string{"a", "b", "a", "c", "d", "b", "e"} {
		fmt.Print(s.Add(w), " ")
	}
	fmt.Println()
	fmt.Println(s.Len(), s.Has("c"), s.Has("z"))
	var all []string
	for _, b := range s.buckets {
		all = append(all, b...)
	}
	slices.Sort(all)
	fmt.Println(all)
}
