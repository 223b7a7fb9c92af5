package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"time"
)

type ID int

type Entity interface{ Key() ID }

type Repo[T Entity] struct {
	items map[ID]T
}

func NewRepo[T Entity]() *Repo[T] { return &Repo[T]{items: map[ID]T{}} }

var ErrNotFound = errors.New("not found")
var ErrExists = errors.New("already exists")

func (r *Repo[T]) Add(v T) error {
	if _, ok := r.items[v.Key()]; ok {
		return fmt.Errorf("add %d: %w", v.Key(), ErrExists)
	}
	r.items[v.Key()] = v
	return nil
}

func (r *Repo[T]) Get(id ID) (T, error) {
	v, ok := r.items[id]
	if !ok {
		var zero T
		return zero, fmt.Errorf("get %d: %w", id, ErrNotFound)
	}
	return v, nil
}

func (r *Repo[T]) Find(pred func(T) bool) []T {
	var out []T
	for _, v := range r.items {
		if pred(v) {
			out = append(out, v)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Key() < out[j].Key() })
	return out
}

type Book struct {
	ID     ID
	Title  string
	Author string
	OnLoan bool
}

func (b *Book) Key() ID { return b.ID }

type Member struct {
	ID    ID
	Name  string
	Loans []ID
}

func (m *Member) Key() ID { return m.ID }

type LoanError struct {
	Book   ID
	Reason string
}

func (e *LoanError) Error() string {
	return fmt.Sprintf("loan of book %d refused: %s", e.Book, e.Reason)
}

type Library struct {
	books   *Repo[*Book]
	members *Repo[*Member]
	log     []string
	now     time.Time
}

func (l *Library) Lend(bookID, memberID ID) error {
	b, err := l.books.Get(bookID)
	if err != nil {
		return err
	}
	m, err := l.members.Get(memberID)
	if err != nil {
		return err
	}
	switch {
	case b.OnLoan:
		return &LoanError{bookID, "already on loan"}
	case len(m.Loans) >= 2:
		return &LoanError{bookID, m.Name + " has too many loans"}
	}
	b.OnLoan = true
	m.Loans = append(m.Loans, bookID)
	l.now = l.now.Add(24 * time.Hour)
	l.log = append(l.log, fmt.Sprintf("%s %s <- %q", l.now.Format("Jan 02"), m.Name, b.Title))
	return nil
}

func (l *Library) Return(bookID, memberID ID) error {
	m, err := l.members.Get(memberID)
	if err != nil {
		return err
	}
	for i, id := range m.Loans {
		if id == bookID {
			m.Loans = append(m.Loans[:i], m.Loans[i+1:]...)
			b, _ := l.books.Get(bookID)
			b.OnLoan = false
			return nil
		}
	}
	return fmt.Errorf("member %d does not have book %d: %w", memberID, bookID, ErrNotFound)
}

func main() {
	lib := &Library{books: NewRepo[*Book](), members: NewRepo[*Member](), now: time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC)}
	for i, t := range []string{"Dune|Herbert", "Emma|Austen", "Ulysses|Joyce", "Persuasion|Austen"} {
		title, author, _ := strings.Cut(t, "|")
		lib.books.Add(&Book{ID: ID(i + 1), Title: title, Author: author})
	}
	fmt.Println(lib.books.Add(&Book{ID: 1}))
	lib.members.Add(&Member{ID: 100, Name: "ann"})
	lib.members.Add(&Member{ID: 200, Name: "bob"})
	steps := []struct {
		op   string
		b, m ID
	}{{"lend", 1, 100}, {"lend", 1, 200}, {"lend", 2, 100}, {"lend", 3, 100}, {"lend", 9, 100}, {"lend", 3, 300}, {"return", 1, 200}, {"return", 1, 100}, {"lend", 1, 200}}
	for _, s := range steps {
		var err error
		if s.op == "lend" {
			err = lib.Lend(s.b, s.m)
		} else {
			err = lib.Return(s.b, s.m)
		}
		var le *LoanError
		fmt.Printf("%-6s b=%d m=%d -> %v (notfound=%v loanerr=%v)\n", s.op, s.b, s.m, err, errors.Is(err, ErrNotFound), errors.As(err, &le))
	}
	fmt.Println(strings.Join(lib.log, "\n"))
	austen := lib.books.Find(func(b *Book) bool { return b.Author == "Austen" })
	for _, b := range austen {
		fmt.Printf("%+v\n", *b)
	}
	onLoan := lib.books.Find(func(b *Book) bool { return b.OnLoan })
	fmt.Println(len(onLoan), onLoan[0].Title)
	for _, m := range lib.members.Find(func(*Member) bool { return true }) {
		fmt.Println(m.Name, m.Loans)
	}
}
