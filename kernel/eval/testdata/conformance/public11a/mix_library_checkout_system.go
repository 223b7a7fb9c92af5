package main

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"
)

type BookID string

type Book struct {
	ID       BookID
	Title    string
	Author   string
	Year     int
	Borrower string
	Due      time.Time
}

type Library struct {
	books   map[BookID]*Book
	members map[string][]BookID
	limit   int
	today   time.Time
}

var (
	ErrNoBook       = errors.New("no such book")
	ErrCheckedOut   = errors.New("already checked out")
	ErrLimitReached = errors.New("borrow limit reached")
)

type LateError struct {
	Book BookID
	Days int
}

func (e LateError) Error() string { return fmt.Sprintf("%s is %d days late", e.Book, e.Days) }

func (l *Library) Add(b Book) { l.books[b.ID] = &b }

func (l *Library) Checkout(id BookID, who string) error {
	b, ok := l.books[id]
	switch {
	case !ok:
		return fmt.Errorf("checkout %s: %w", id, ErrNoBook)
	case b.Borrower != "":
		return fmt.Errorf("checkout %s by %s: %w (by %s)", id, who, ErrCheckedOut, b.Borrower)
	case len(l.members[who]) >= l.limit:
		return fmt.Errorf("checkout %s by %s: %w", id, who, ErrLimitReached)
	}
	b.Borrower = who
	b.Due = l.today.AddDate(0, 0, 14)
	l.members[who] = append(l.members[who], id)
	return nil
}

func (l *Library) Return(id BookID) error {
	b := l.books[id]
	who := b.Borrower
	l.members[who] = slices.DeleteFunc(l.members[who], func(x BookID) bool { return x == id })
	b.Borrower = ""
	if l.today.After(b.Due) {
		days := int(l.today.Sub(b.Due).Hours() / 24)
		return LateError{id, days}
	}
	return nil
}

func (l *Library) Report() string {
	ids := make([]BookID, 0, len(l.books))
	for id := range l.books {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	var sb strings.Builder
	for _, id := range ids {
		b := l.books[id]
		status := "available"
		if b.Borrower != "" {
			status = fmt.Sprintf("out to %s until %s", b.Borrower, b.Due.Format("Jan 2"))
		}
		fmt.Fprintf(&sb, "%-4s %-28q %-10s %d  %s\n", b.ID, b.Title, b.Author, b.Year, status)
	}
	return sb.String()
}

func main() {
	lib := &Library{books: map[BookID]*Book{}, members: map[string][]BookID{}, limit: 2,
		today: time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC)}
	lib.Add(Book{ID: "B1", Title: "The Go Programming Language", Author: "Donovan", Year: 2015})
	lib.Add(Book{ID: "B2", Title: "Concurrency in Go", Author: "Cox-Buday", Year: 2017})
	lib.Add(Book{ID: "B3", Title: "Learning Go", Author: "Bodner", Year: 2021})
	for _, c := range []struct {
		id  BookID
		who string
	}{{"B1", "ann"}, {"B2", "ann"}, {"B3", "ann"}, {"B1", "bob"}, {"B9", "bob"}, {"B3", "bob"}} {
		if err := lib.Checkout(c.id, c.who); err != nil {
			fmt.Println("error:", err)
			for _, target := range []error{ErrNoBook, ErrCheckedOut, ErrLimitReached} {
				if errors.Is(err, target) {
					fmt.Println("  kind:", target)
				}
			}
		}
	}
	fmt.Print(lib.Report())
	lib.today = lib.today.AddDate(0, 0, 20)
	err := lib.Return("B1")
	var late LateError
	if errors.As(err, &late) {
		fmt.Println("late:", late.Days, "days;", err)
	}
	fmt.Println(lib.members)
	fmt.Print(lib.Report())
}
