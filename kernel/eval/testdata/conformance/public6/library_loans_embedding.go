package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"time"
)

type Entity struct {
	ID      int
	Created time.Time
}

func (e Entity) Key() string { return fmt.Sprintf("#%03d", e.ID) }

type Book struct {
	Entity
	Title, Author string
	Year          int
	OnLoan        bool
}

func (b Book) String() string { return fmt.Sprintf("%q by %s (%d)", b.Title, b.Author, b.Year) }

type Member struct {
	Entity
	Name  string
	Books []*Book
}

func (m *Member) String() string {
	titles := make([]string, len(m.Books))
	for i, b := range m.Books {
		titles[i] = b.Title
	}
	return fmt.Sprintf("%s %s [%s]", m.Key(), m.Name, strings.Join(titles, "; "))
}

type LoanError struct {
	Op   string
	Book *Book
	Err  error
}

func (e *LoanError) Error() string { return e.Op + " " + e.Book.Title + ": " + e.Err.Error() }
func (e *LoanError) Unwrap() error { return e.Err }

var (
	ErrOnLoan  = errors.New("already on loan")
	ErrLimit   = errors.New("loan limit reached")
	ErrNotHeld = errors.New("not held by member")
)

type Library struct {
	books   []*Book
	members map[string]*Member
	limit   int
	clock   time.Time
}

func (l *Library) tick() time.Time { l.clock = l.clock.Add(24 * time.Hour); return l.clock }

func (l *Library) AddBook(title, author string, year int) *Book {
	b := &Book{Entity: Entity{ID: len(l.books) + 1, Created: l.tick()}, Title: title, Author: author, Year: year}
	l.books = append(l.books, b)
	return b
}

func (l *Library) Join(name string) *Member {
	m := &Member{Entity: Entity{ID: 100 + len(l.members), Created: l.tick()}, Name: name}
	l.members[name] = m
	return m
}

func (l *Library) Lend(m *Member, b *Book) error {
	if b.OnLoan {
		return &LoanError{"lend", b, ErrOnLoan}
	}
	if len(m.Books) >= l.limit {
		return &LoanError{"lend", b, ErrLimit}
	}
	b.OnLoan = true
	m.Books = append(m.Books, b)
	return nil
}

func (l *Library) Return(m *Member, b *Book) error {
	for i, x := range m.Books {
		if x == b {
			m.Books = append(m.Books[:i], m.Books[i+1:]...)
			b.OnLoan = false
			return nil
		}
	}
	return &LoanError{"return", b, ErrNotHeld}
}

func main() {
	lib := &Library{members: map[string]*Member{}, limit: 2, clock: time.Date(2024, 1, 1, 9, 0, 0, 0, time.UTC)}
	gopl := lib.AddBook("The Go Programming Language", "Donovan", 2015)
	sicp := lib.AddBook("SICP", "Abelson", 1985)
	taocp := lib.AddBook("TAOCP", "Knuth", 1968)
	k := lib.AddBook("K&R", "Kernighan", 1978)
	ann := lib.Join("ann")
	bob := lib.Join("bob")

	try := func(what string, err error) {
		if err == nil {
			fmt.Println(what, "ok")
			return
		}
		var le *LoanError
		if errors.As(err, &le) {
			fmt.Printf("%s failed: op=%s book=%v onloan=%v limit=%v\n", what, le.Op, le.Book, errors.Is(err, ErrOnLoan), errors.Is(err, ErrLimit))
		}
		fmt.Println("  ", err)
	}
	try("ann gopl", lib.Lend(ann, gopl))
	try("bob gopl", lib.Lend(bob, gopl))
	try("ann sicp", lib.Lend(ann, sicp))
	try("ann taocp", lib.Lend(ann, taocp))
	try("bob return sicp", lib.Return(bob, sicp))
	try("ann return gopl", lib.Return(ann, gopl))
	try("bob gopl", lib.Lend(bob, gopl))
	try("bob k&r", lib.Lend(bob, k))

	names := make([]string, 0)
	for n := range lib.members {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		m := lib.members[n]
		fmt.Println(m, m.Created.Format("2006-01-02"), m.ID)
	}
	sorted := append([]*Book(nil), lib.books...)
	sort.Slice(sorted, func(i, j int) bool { return sorted[i].Year < sorted[j].Year })
	for _, b := range sorted {
		fmt.Printf("%s %-30v loan=%t created=%s\n", b.Key(), b, b.OnLoan, b.Created.Weekday())
	}
}
