package main

import (
	"fmt"
	"strconv"
)

type Setter[T any] interface {
	Set(string) error
	*T
}

type IntBox struct{ v int }

func (b *IntBox) Set(s string) error {
	n, err := strconv.Atoi(s)
	if err != nil {
		return fmt.Errorf("intbox: %w", err)
	}
	b.v = n
	return nil
}

type StrBox struct{ s string }

func (b *StrBox) Set(s string) error { b.s = "<" + s + ">"; return nil }

func FromStrings[T any, PT Setter[T]](ss []string) ([]T, error) {
	out := make([]T, len(ss))
	for i, s := range ss {
		p := PT(&out[i])
		if err := p.Set(s); err != nil {
			return out[:i], err
		}
	}
	return out, nil
}

func main() {
	ints, err := FromStrings[IntBox]([]string{"1", "2", "3"})
	fmt.Println(ints, err)
	strs, _ := FromStrings[StrBox]([]string{"a", "b"})
	fmt.Println(strs)
	bad, err := FromStrings[IntBox]([]string{"4", "x"})
	fmt.Println(bad, err)
}
