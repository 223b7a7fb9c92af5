package main

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
	"strings"
)

type Identified interface {
	comparable
	Key() string
}

type SKU string

func (s SKU) Key() string { return strings.ToUpper(string(s)) }

type Item struct {
	SKU   SKU
	Name  string
	Qty   int
	Price float64
}

type Store[K Identified, V any] struct {
	data  map[K]V
	order []K
	hooks []func(op string, k K)
}

func NewStore[K Identified, V any]() *Store[K, V] {
	return &Store[K, V]{data: make(map[K]V)}
}

func (s *Store[K, V]) OnChange(f func(string, K)) { s.hooks = append(s.hooks, f) }

func (s *Store[K, V]) notify(op string, k K) {
	for _, h := range s.hooks {
		h(op, k)
	}
}

func (s *Store[K, V]) Put(k K, v V) {
	if _, ok := s.data[k]; !ok {
		s.order = append(s.order, k)
	}
	s.data[k] = v
	s.notify("put", k)
}

func (s *Store[K, V]) Update(k K, f func(*V) error) error {
	v, ok := s.data[k]
	if !ok {
		return fmt.Errorf("update %s: %w", k.Key(), ErrMissing)
	}
	if err := f(&v); err != nil {
		return fmt.Errorf("update %s: %w", k.Key(), err)
	}
	s.data[k] = v
	s.notify("update", k)
	return nil
}

func (s *Store[K, V]) Each(f func(K, V)) {
	for _, k := range s.order {
		f(k, s.data[k])
	}
}

func SortedBy[K Identified, V any, O cmp.Ordered](s *Store[K, V], by func(V) O) []V {
	out := make([]V, 0, len(s.data))
	s.Each(func(_ K, v V) { out = append(out, v) })
	slices.SortStableFunc(out, func(a, b V) int { return cmp.Compare(by(a), by(b)) })
	return out
}

var ErrMissing = errors.New("missing")
var ErrStock = errors.New("out of stock")

func main() {
	inv := NewStore[SKU, Item]()
	var log []string
	inv.OnChange(func(op string, k SKU) { log = append(log, op+":"+k.Key()) })
	for _, it := range []Item{{"ab1", "bolt", 100, 0.1}, {"cd2", "nut", 5, 0.05}, {"ef3", "gear", 12, 4.5}} {
		inv.Put(it.SKU, it)
	}
	take := func(n int) func(*Item) error {
		return func(it *Item) error {
			if it.Qty < n {
				return fmt.Errorf("%w: want %d of %s, have %d", ErrStock, n, it.Name, it.Qty)
			}
			it.Qty -= n
			return nil
		}
	}
	fmt.Println(inv.Update("cd2", take(3)))
	err := inv.Update("cd2", take(3))
	fmt.Println(err, errors.Is(err, ErrStock))
	err = inv.Update("zz9", take(1))
	fmt.Println(err, errors.Is(err, ErrMissing))
	fmt.Println(strings.Join(log, ","))
	for _, it := range SortedBy(inv, func(i Item) int { return i.Qty }) {
		fmt.Printf("%-5s %3d %6.2f\n", it.Name, it.Qty, it.Price)
	}
	for _, it := range SortedBy(inv, func(i Item) float64 { return -float64(i.Qty) * i.Price }) {
		fmt.Print(it.Name, " ")
	}
	fmt.Println()
	total := 0.0
	inv.Each(func(k SKU, it Item) { total += float64(it.Qty) * it.Price })
	fmt.Printf("%.2f %d\n", total, len(inv.order))
}
