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

type Loan struct {
	ISBN   ISBN
	Member string
	Due    time.Time
}

type Library struct {
	books map[ISBN]*Book
	loans []Loan
	now   time.Time
}

var (
	ErrNoBook    = errors.New("no such book")
	ErrNoCopies  = errors.New("no copies left")
	ErrNotLoaned = errors.New("not on loan")
)

func (l *Library) Add(b Book) {
	if l.books == nil {
		l.books = map[ISBN]*Book{}
	}
	if old, ok := l.books[b.ISBN]; ok {
		old.Copies += b.Copies
		return
	}
	l.books[b.ISBN] = &b
}

func (l *Library) Checkout(isbn ISBN, member string) (Loan, error) {
	b, ok := l.books[isbn]
	if !ok {
		return Loan{}, fmt.Errorf("checkout %s: %w", isbn, ErrNoBook)
	}
	if b.Copies == 0 {
		return Loan{}, fmt.Errorf("checkout %q: %w", b.Title, ErrNoCopies)
	}
	b.Copies--
	loan := Loan{isbn, member, l.now.AddDate(0, 0, 14)}
	l.loans = append(l.loans, loan)
	return loan, nil
}

func (l *Library) Return(isbn ISBN, member string) (fine float64, err error) {
	for i, ln := range l.loans {
		if ln.ISBN == isbn && ln.Member == member {
			l.loans = append(l.loans[:i], l.loans[i+1:]...)
			l.books[isbn].Copies++
			if late := l.now.Sub(ln.Due); late > 0 {
				fine = float64(int(late.Hours()/24)) * 0.25
			}
			return fine, nil
		}
	}
	return 0, fmt.Errorf("return %s by %s: %w", isbn, member, ErrNotLoaned)
}

func (l *Library) Report() string {
	var isbns []string
	for k := range l.books {
		isbns = append(isbns, string(k))
	}
	sort.Strings(isbns)
	var sb strings.Builder
	for _, k := range isbns {
		b := l.books[ISBN(k)]
		fmt.Fprintf(&sb, "%s %-22q by %-10s copies=%d\n", b.ISBN, b.Title, b.Author, b.Copies)
	}
	return sb.String()
}

func main() {
	lib := &Library{now: time.Date(2024, 1, 1, 10, 0, 0, 0, time.UTC)}
	lib.Add(Book{"111", "The Go Programming Lang", "Donovan", 1})
	lib.Add(Book{"222", "Concurrency in Go", "Cox-Buday", 2})
	lib.Add(Book{"111", "", "", 1})
	fmt.Print(lib.Report())
	for _, req := range []struct {
		isbn   ISBN
		member string
	}{{"111", "ann"}, {"111", "bob"}, {"111", "cy"}, {"333", "ann"}, {"222", "ann"}} {
		loan, err := lib.Checkout(req.isbn, req.member)
		if err != nil {
			fmt.Println("error:", err, errors.Is(err, ErrNoCopies), errors.Is(err, ErrNoBook))
			continue
		}
		fmt.Println("loan:", loan.ISBN, loan.Member, loan.Due.Format("2006-01-02"))
	}
	lib.now = lib.now.AddDate(0, 0, 20)
	fine, err := lib.Return("111", "bob")
	fmt.Printf("fine %.2f %v\n", fine, err)
	_, err = lib.Return("111", "zed")
	fmt.Println(err)
	fmt.Print(lib.Report())
	fmt.Println(len(lib.loans), lib.loans[0].Member)
}
