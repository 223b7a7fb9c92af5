package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"time"
)

type ISBN string

type Book struct {
	ISBN   ISBN
	Title  string
	Author string
	Copies int
}

type Member struct {
	ID    int
	Name  string
	Loans map[ISBN]time.Time
}

type Library struct {
	books   map[ISBN]*Book
	members map[int]*Member
	now     time.Time
	events  []string
}

var (
	ErrNoCopies  = errors.New("no copies left")
	ErrNotMember = errors.New("not a member")
	ErrLimit     = errors.New("loan limit reached")
)

type LateError struct {
	Member string
	Days   int
	Fee    float64
}

func (e LateError) Error() string {
	return fmt.Sprintf("%s returned %d days late (fee %.2f)", e.Member, e.Days, e.Fee)
}

func (l *Library) log(format string, args ...any) {
	l.events = append(l.events, l.now.Format("01-02")+" "+fmt.Sprintf(format, args...))
}

func (l *Library) Borrow(mid int, isbn ISBN) (err error) {
	defer func() {
		if err != nil {
			l.log("borrow failed: %v", err)
		}
	}()
	m, ok := l.members[mid]
	if !ok {
		return fmt.Errorf("member %d: %w", mid, ErrNotMember)
	}
	if len(m.Loans) >= 2 {
		return fmt.Errorf("%s: %w", m.Name, ErrLimit)
	}
	b := l.books[isbn]
	if b == nil || b.Copies == 0 {
		return fmt.Errorf("%q: %w", isbn, ErrNoCopies)
	}
	b.Copies--
	if m.Loans == nil {
		m.Loans = make(map[ISBN]time.Time)
	}
	m.Loans[isbn] = l.now
	l.log("%s borrowed %s", m.Name, b.Title)
	return nil
}

func (l *Library) Return(mid int, isbn ISBN) error {
	m := l.members[mid]
	since, ok := m.Loans[isbn]
	if !ok {
		return fmt.Errorf("%s has no loan of %s", m.Name, isbn)
	}
	delete(m.Loans, isbn)
	l.books[isbn].Copies++
	days := int(l.now.Sub(since).Hours()/24) - 14
	l.log("%s returned %s", m.Name, l.books[isbn].Title)
	if days > 0 {
		return LateError{m.Name, days, float64(days) * 0.25}
	}
	return nil
}

func (l *Library) Advance(d int) { l.now = l.now.AddDate(0, 0, d) }

func main() {
	lib := &Library{
		books: map[ISBN]*Book{
			"111": {"111", "Go Programming", "K&D", 1},
			"222": {"222", "SICP", "A&S", 2},
			"333": {"333", "TAOCP", "Knuth", 0},
		},
		members: map[int]*Member{1: {ID: 1, Name: "ann"}, 2: {ID: 2, Name: "ben"}},
		now:     time.Date(2024, 1, 1, 9, 0, 0, 0, time.UTC),
	}
	steps := []struct {
		op   string
		mid  int
		isbn ISBN
		wait int
	}{
		{"b", 1, "111", 0}, {"b", 2, "111", 1}, {"b", 1, "222", 0}, {"b", 1, "222", 0},
		{"b", 3, "222", 0}, {"b", 2, "333", 2}, {"r", 1, "111", 20}, {"b", 2, "111", 0},
		{"r", 1, "222", 3}, {"r", 2, "999", 0}, {"r", 2, "111", 10},
	}
	for _, s := range steps {
		lib.Advance(s.wait)
		var err error
		if s.op == "b" {
			err = lib.Borrow(s.mid, s.isbn)
		} else {
			err = lib.Return(s.mid, s.isbn)
		}
		var late LateError
		switch {
		case err == nil:
		case errors.As(err, &late):
			fmt.Printf("LATE: %v [%d]\n", late, late.Days)
		case errors.Is(err, ErrNoCopies), errors.Is(err, ErrLimit):
			fmt.Println("RETRY LATER:", err)
		default:
			fmt.Println("ERROR:", err)
		}
	}
	fmt.Println(strings.Join(lib.events, "\n"))
	isbns := make([]string, 0)
	for k, b := range lib.books {
		isbns = append(isbns, fmt.Sprintf("%s:%d", k, b.Copies))
	}
	sort.Strings(isbns)
	fmt.Println(isbns, len(lib.members[1].Loans), len(lib.members[2].Loans))
}
