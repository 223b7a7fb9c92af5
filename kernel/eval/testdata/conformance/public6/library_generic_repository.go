package main

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
	"strings"
)

type Entity interface {
	comparable
	GetID() int
}

type Repo[T Entity] struct {
	items  map[int]T
	nextID int
	hooks  []func(op string, t T)
}

var ErrNotFound = errors.New("not found")
var ErrDup = errors.New("duplicate")

func NewRepo[T Entity]() *Repo[T] { return &Repo[T]{items: map[int]T{}, nextID: 1} }

func (r *Repo[T]) Add(t T) error {
	if _, ok := r.items[t.GetID()]; ok {
		return fmt.Errorf("add id %d: %w", t.GetID(), ErrDup)
	}
	r.items[t.GetID()] = t
	for _, h := range r.hooks {
		h("add", t)
	}
	return nil
}

func (r *Repo[T]) Get(id int) (T, error) {
	t, ok := r.items[id]
	if !ok {
		var zero T
		return zero, fmt.Errorf("get %d: %w", id, ErrNotFound)
	}
	return t, nil
}

func (r *Repo[T]) Find(pred func(T) bool) []T {
	var out []T
	for _, t := range r.items {
		if pred(t) {
			out = append(out, t)
		}
	}
	slices.SortFunc(out, func(a, b T) int { return cmp.Compare(a.GetID(), b.GetID()) })
	return out
}

func (r *Repo[T]) Remove(id int) error {
	t, err := r.Get(id)
	if err != nil {
		return err
	}
	delete(r.items, id)
	for _, h := range r.hooks {
		h("remove", t)
	}
	return nil
}

type Book struct {
	ID     int
	Title  string
	Author string
	Year   int
}

func (b Book) GetID() int { return b.ID }

type Member struct {
	ID   int
	Name string
}

func (m *Member) GetID() int { return m.ID }

func main() {
	books := NewRepo[Book]()
	var audit []string
	books.hooks = append(books.hooks, func(op string, b Book) {
		audit = append(audit, op+":"+b.Title)
	})
	for _, b := range []Book{
		{1, "Dune", "Herbert", 1965}, {2, "Neuromancer", "Gibson", 1984},
		{3, "Hyperion", "Simmons", 1989}, {2, "Dup", "X", 2000}, {4, "Foundation", "Asimov", 1951},
	} {
		if err := books.Add(b); err != nil {
			fmt.Println("error:", err, errors.Is(err, ErrDup))
		}
	}
	old := books.Find(func(b Book) bool { return b.Year < 1980 })
	for _, b := range old {
		fmt.Printf("%d %-12s %d\n", b.ID, b.Title, b.Year)
	}
	fmt.Println(books.Remove(3), books.Remove(3))
	_, err := books.Get(42)
	fmt.Println(err, errors.Is(err, ErrNotFound))
	fmt.Println(strings.Join(audit, " "))

	members := NewRepo[*Member]()
	ann := &Member{10, "ann"}
	members.Add(ann)
	members.Add(&Member{11, "bob"})
	m, _ := members.Get(10)
	m.Name = "ANN"
	fmt.Println(ann.Name, m == ann, len(members.Find(func(*Member) bool { return true })))
	missing, err := members.Get(99)
	fmt.Println(missing == nil, err)
}
