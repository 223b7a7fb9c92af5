package main

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
)

type Entity[K comparable] interface {
	Key() K
	Validate() error
}

type Repo[K cmp.Ordered, E Entity[K]] struct {
	data  map[K]E
	hooks []func(E)
}

func NewRepo[K cmp.Ordered, E Entity[K]]() *Repo[K, E] {
	return &Repo[K, E]{data: map[K]E{}}
}

var ErrInvalid = errors.New("invalid entity")

func (r *Repo[K, E]) Put(e E) error {
	if err := e.Validate(); err != nil {
		return fmt.Errorf("put %v: %w: %w", e.Key(), ErrInvalid, err)
	}
	r.data[e.Key()] = e
	for _, h := range r.hooks {
		h(e)
	}
	return nil
}

func (r *Repo[K, E]) Sorted() []E {
	keys := make([]K, 0, len(r.data))
	for k := range r.data {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	out := make([]E, len(keys))
	for i, k := range keys {
		out[i] = r.data[k]
	}
	return out
}

type Product struct {
	SKU   string
	Price int
}

func (p Product) Key() string { return p.SKU }
func (p Product) Validate() error {
	if p.Price <= 0 {
		return fmt.Errorf("price %d", p.Price)
	}
	return nil
}

type Order struct {
	ID    int
	Lines []string
}

func (o *Order) Key() int { return o.ID }
func (o *Order) Validate() error {
	if len(o.Lines) == 0 {
		return errors.New("no lines")
	}
	return nil
}
func (o *Order) String() string { return fmt.Sprintf("order#%d%v", o.ID, o.Lines) }

func main() {
	pr := NewRepo[string, Product]()
	var log []string
	pr.hooks = append(pr.hooks, func(p Product) { log = append(log, "saved "+p.SKU) })
	for _, p := range []Product{{"b-2", 10}, {"a-1", 5}, {"c-3", 0}} {
		if err := pr.Put(p); err != nil {
			fmt.Println(err, errors.Is(err, ErrInvalid))
		}
	}
	fmt.Println(pr.Sorted(), log)
	or := NewRepo[int, *Order]()
	fmt.Println(or.Put(&Order{3, []string{"x"}}), or.Put(&Order{1, []string{"y", "z"}}), or.Put(&Order{2, nil}))
	fmt.Println(or.Sorted())
	fmt.Printf("%T %T\n", pr, or)
}
