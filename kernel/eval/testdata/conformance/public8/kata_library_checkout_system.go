package main

import (
	"errors"
	"fmt"
	"sort"
	"time"
)

type Book struct {
	ISBN   string
	Title  string
	Copies int
}

type Loan struct {
	ISBN   string
	Member string
	Due    time.Time
}

type Library struct {
	books map[string]*Book
	loans []Loan
	now   time.Time
}

var (
	ErrNoCopies = errors.New("no copies available")
	ErrNoLoan   = errors.New("no such loan")
	ErrLimit    = errors.New("loan limit reached")
)

func (l *Library) Checkout(member, isbn string) error {
	b, ok := l.books[isbn]
	if !ok {
		return fmt.Errorf("checkout %s: unknown isbn", isbn)
	}
	n := 0
	for _, ln := range l.loans {
		if ln.Member == member {
			n++
		}
	}
	if n >= 2 {
		return fmt.Errorf("checkout %q by %s: %w", b.Title, member, ErrLimit)
	}
	if b.Copies == 0 {
		return fmt.Errorf("checkout %q: %w", b.Title, ErrNoCopies)
	}
	b.Copies--
	l.loans = append(l.loans, Loan{isbn, member, l.now.AddDate(0, 0, 14)})
	return nil
}

func (l *Library) Return(member, isbn string) (fine int, err error) {
	for i, ln := range l.loans {
		if ln.Member == member && ln.ISBN == isbn {
			if late := l.now.Sub(ln.Due); late > 0 {
				fine = int(late.Hours()/24) * 25
			}
			l.loans = append(l.loans[:i], l.loans[i+1:]...)
			l.books[isbn].Copies++
			return fine, nil
		}
	}
	return 0, ErrNoLoan
}

func main() {
	lib := &Library{books: map[string]*Book{
		"111": {"111", "Go in Action", 1},
		"222": {"222", "The Go Programming Language", 2},
		"333": {"333", "Concurrency in Go", 1},
	}, now: time.Date(2024, 5, 1, 10, 0, 0, 0, time.UTC)}
	try := func(err error) {
		if err != nil {
			fmt.Println("  error:", err, "| nocopies:", errors.Is(err, ErrNoCopies), "limit:", errors.Is(err, ErrLimit))
		}
	}
	try(lib.Checkout("ann", "111"))
	try(lib.Checkout("bob", "111"))
	try(lib.Checkout("ann", "222"))
	try(lib.Checkout("ann", "333"))
	try(lib.Checkout("bob", "999"))
	lib.now = lib.now.AddDate(0, 0, 20)
	fine, err := lib.Return("ann", "111")
	fmt.Println("fine", fine, err)
	_, err = lib.Return("ann", "111")
	fmt.Println(err, errors.Is(err, ErrNoLoan))
	try(lib.Checkout("bob", "111"))
	sort.Slice(lib.loans, func(i, j int) bool { return lib.loans[i].Member < lib.loans[j].Member })
	for _, ln := range lib.loans {
		fmt.Println(ln.Member, lib.books[ln.ISBN].Title, ln.Due.Format("Jan 2"))
	}
}
