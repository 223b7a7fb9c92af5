package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

type Stringish interface {
	~string | ~[]byte
}

type Scorer interface {
	comparable
	Score() int
}

type Player struct {
	Name  string
	Level int
}

func (p Player) Score() int { return p.Level * 10 }

type Team string

func (t Team) Score() int { return len(t) }

func Best[T Scorer](xs ...T) (best T, ok bool) {
	for i, x := range xs {
		if i == 0 || x.Score() > best.Score() {
			best, ok = x, true
		}
	}
	return
}

func Dedup[T comparable](xs []T) []T {
	seen := make(map[T]bool)
	var out []T
	for _, x := range xs {
		if !seen[x] {
			seen[x] = true
			out = append(out, x)
		}
	}
	return out
}

func Concat[S Stringish](parts ...S) string {
	var sb strings.Builder
	for _, p := range parts {
		sb.WriteString(string(p))
	}
	return sb.String()
}

type Parser[T any] interface {
	Parse(string) (T, error)
}

type IntParser struct{ Base int }

func (p IntParser) Parse(s string) (int64, error) { return strconv.ParseInt(s, p.Base, 64) }

type BoolParser struct{}

func (BoolParser) Parse(s string) (bool, error) { return strconv.ParseBool(s) }

func ParseAll[T any, P Parser[T]](p P, in []string) ([]T, []error) {
	var out []T
	var errs []error
	for _, s := range in {
		v, err := p.Parse(s)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		out = append(out, v)
	}
	return out, errs
}

type Ordered interface {
	~int | ~int64 | ~float64 | ~string
}

type SortedMap[K Ordered, V any] struct {
	m map[K]V
}

func (s *SortedMap[K, V]) Set(k K, v V) {
	if s.m == nil {
		s.m = map[K]V{}
	}
	s.m[k] = v
}

func (s *SortedMap[K, V]) Keys() []K {
	ks := make([]K, 0, len(s.m))
	for k := range s.m {
		ks = append(ks, k)
	}
	sort.Slice(ks, func(i, j int) bool { return ks[i] < ks[j] })
	return ks
}

func (s *SortedMap[K, V]) Each(f func(K, V)) {
	for _, k := range s.Keys() {
		f(k, s.m[k])
	}
}

func main() {
	p, ok := Best(Player{"a", 3}, Player{"b", 7}, Player{"c", 5})
	fmt.Println(p, ok)
	t, _ := Best[Team]("ab", "abcd", "abc")
	fmt.Println(t, t.Score())
	_, ok = Best[Player]()
	fmt.Println(ok)
	fmt.Println(Dedup([]Player{{"a", 1}, {"a", 1}, {"b", 1}}), Dedup(strings.Split("x,y,x,z,y", ",")))
	type MyStr string
	fmt.Println(Concat("a", "b"), Concat([]byte("x"), []byte("y")), Concat[MyStr]("m", "n"))
	ints, errs := ParseAll[int64](IntParser{16}, []string{"ff", "10", "zz"})
	fmt.Println(ints, errs)
	bools, errs := ParseAll[bool](BoolParser{}, []string{"true", "0", "maybe"})
	fmt.Println(bools, len(errs), errs[0])
	var sm SortedMap[string, []int]
	sm.Set("b", []int{2})
	sm.Set("a", []int{1, 1})
	sm.Set("c", nil)
	sm.Each(func(k string, v []int) { fmt.Print(k, v, len(v), " ") })
	fmt.Println()
	var fm SortedMap[float64, Player]
	fm.Set(2.5, Player{"x", 1})
	fm.Set(-1, Player{"y", 2})
	fmt.Println(fm.Keys(), fm.m[-1].Score())
}
