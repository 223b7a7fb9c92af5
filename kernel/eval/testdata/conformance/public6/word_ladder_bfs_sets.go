package main

import (
	"fmt"
	"slices"
	"strings"
)

type Set[T comparable] map[T]struct{}

func (s Set[T]) Add(v T)      { s[v] = struct{}{} }
func (s Set[T]) Has(v T) bool { _, ok := s[v]; return ok }
func (s Set[T]) Remove(v T)   { delete(s, v) }
func NewSet[T comparable](vs ...T) Set[T] {
	s := Set[T]{}
	for _, v := range vs {
		s.Add(v)
	}
	return s
}

func ladder(begin, end string, words []string) []string {
	dict := NewSet(words...)
	if !dict.Has(end) {
		return nil
	}
	prev := map[string]string{}
	frontier := []string{begin}
	dict.Remove(begin)
	for len(frontier) > 0 {
		var next []string
		for _, w := range frontier {
			b := []byte(w)
			for i := range b {
				orig := b[i]
				for c := byte('a'); c <= 'z'; c++ {
					if c == orig {
						continue
					}
					b[i] = c
					cand := string(b)
					if dict.Has(cand) {
						dict.Remove(cand)
						prev[cand] = w
						if cand == end {
							path := []string{end}
							for p := w; p != ""; p = prev[p] {
								path = append(path, p)
							}
							slices.Reverse(path)
							return path
						}
						next = append(next, cand)
					}
				}
				b[i] = orig
			}
		}
		frontier = next
	}
	return nil
}

func main() {
	words := strings.Fields("hot dot dog lot log cog cot cat hat hit")
	fmt.Println(ladder("hit", "cog", words))
	fmt.Println(ladder("cat", "dog", words))
	fmt.Println(ladder("hit", "xyz", words))
	a := NewSet(1, 2, 3)
	b := NewSet(2, 3, 4)
	inter := Set[int]{}
	for k := range a {
		if b.Has(k) {
			inter.Add(k)
		}
	}
	keys := make([]int, 0)
	for k := range inter {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	fmt.Println(keys, len(a), a.Has(9))
}
