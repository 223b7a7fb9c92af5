package main

import "fmt"

type Store struct{ m map[string]int }

func (s *Store) Get(k string) (int, bool) {
	v, ok := s.m[k]
	return v, ok
}

func main() {
	s := &Store{m: map[string]int{"a": 1}}
	var v int
	v = s.Get("a")
	fmt.Println(v)
}
