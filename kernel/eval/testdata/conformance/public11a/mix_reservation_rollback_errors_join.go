package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Stock map[string]int

var ErrShort = errors.New("not enough stock")

type ShortError struct {
	Item       string
	Want, Have int
}

func (e *ShortError) Error() string {
	return fmt.Sprintf("%s: want %d, have %d", e.Item, e.Want, e.Have)
}
func (e *ShortError) Unwrap() error { return ErrShort }

type Reservation struct {
	held map[string]int
	s    Stock
}

func (s Stock) Reserve(order map[string]int) (*Reservation, error) {
	r := &Reservation{held: map[string]int{}, s: s}
	items := make([]string, 0, len(order))
	for it := range order {
		items = append(items, it)
	}
	sort.Strings(items)
	var errs []error
	for _, it := range items {
		want := order[it]
		if s[it] < want {
			errs = append(errs, &ShortError{it, want, s[it]})
			continue
		}
		s[it] -= want
		r.held[it] = want
	}
	if len(errs) > 0 {
		r.Rollback()
		return nil, fmt.Errorf("reserve: %w", errors.Join(errs...))
	}
	return r, nil
}

func (r *Reservation) Rollback() {
	for it, n := range r.held {
		r.s[it] += n
	}
	r.held = nil
}

func (s Stock) String() string {
	keys := make([]string, 0, len(s))
	for k := range s {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var b strings.Builder
	for i, k := range keys {
		if i > 0 {
			b.WriteString(" ")
		}
		fmt.Fprintf(&b, "%s=%d", k, s[k])
	}
	return b.String()
}

func main() {
	s := Stock{"apple": 5, "pear": 2, "fig": 0}
	r, err := s.Reserve(map[string]int{"apple": 3, "pear": 1})
	fmt.Println(err, s, r.held)
	_, err = s.Reserve(map[string]int{"apple": 1, "pear": 5, "fig": 1})
	fmt.Println(err)
	fmt.Println("after failed reserve:", s)
	var se *ShortError
	fmt.Println(errors.Is(err, ErrShort), errors.As(err, &se), se.Item)
	r.Rollback()
	fmt.Println("after rollback:", s)
	r2, err := s.Reserve(map[string]int{"apple": 5, "pear": 2})
	fmt.Println(err, s, len(r2.held))
}
