package main

import (
	"fmt"
	"strconv"
	"strings"
)

type Parser[T any] interface {
	*T
	Parse(string) error
}

type IntVal struct{ V int }

func (i *IntVal) Parse(s string) error {
	v, err := strconv.Atoi(strings.TrimSpace(s))
	if err != nil {
		return fmt.Errorf("IntVal: %w", err)
	}
	i.V = v
	return nil
}

type KV struct{ K, V string }

func (kv *KV) Parse(s string) error {
	k, v, ok := strings.Cut(s, "=")
	if !ok {
		return fmt.Errorf("KV: missing '=' in %q", s)
	}
	kv.K, kv.V = k, v
	return nil
}

func ParseAll[T any, PT Parser[T]](lines []string) ([]T, []error) {
	var out []T
	var errs []error
	for _, l := range lines {
		var v T
		if err := PT(&v).Parse(l); err != nil {
			errs = append(errs, err)
			continue
		}
		out = append(out, v)
	}
	return out, errs
}

type Resetter interface{ Reset() }

type Counter struct{ N int }

func (c *Counter) Reset() { c.N = 0 }

func ResetAll[T any, PT interface {
	*T
	Resetter
}](xs []T) {
	for i := range xs {
		PT(&xs[i]).Reset()
	}
}

func New[T any]() *T { return new(T) }

func Zero[T any]() (z T) { return }

func main() {
	ints, errs := ParseAll[IntVal]([]string{"1", " 42 ", "x", "7"})
	fmt.Println(ints, errs)
	kvs, errs := ParseAll[KV]([]string{"a=1", "b", "c=3=4"})
	fmt.Println(kvs, errs)
	cs := []Counter{{1}, {2}, {3}}
	ResetAll(cs)
	fmt.Println(cs)
	p := New[KV]()
	p.K = "k"
	fmt.Println(*p, Zero[int](), Zero[*KV]() == nil, Zero[[]string]() == nil, Zero[KV](), fmt.Sprintf("%q", Zero[string]()))
}
