package main

import (
	"errors"
	"fmt"
	"sort"
	"time"
)

type ItemKind interface {
	LoanDays() int
	Kind() string
}

type Book struct{ Title, Author string }
type DVD struct {
	Title   string
	Minutes int
}

func (Book) LoanDays() int { return 21 }
func (Book) Kind() string  { return "book" }
func (DVD) LoanDays() int  { return 7 }
func (d DVD) Kind() string { return fmt.Sprintf("dvd(%dmin)", d.Minutes) }

type Loan struct {
	Item   ItemKind
	Member string
	Due    time.Time
}

type Library struct {
	items map[string]ItemKind
	loans map[string]*Loan
	fines map[string]int
}

var (
	ErrUnknown   = errors.New("unknown item")
	ErrOnLoan    = errors.New("already on loan")
	ErrNotOnLoan = errors.New("not on loan")
)

func (l *Library) Checkout(id, member string, on time.Time) (time.Time, error) {
	it, ok := l.items[id]
	if !ok {
		return time.Time{}, fmt.Errorf("checkout %s: %w", id, ErrUnknown)
	}
	if ln, busy := l.loans[id]; busy {
		return ln.Due, fmt.Errorf("checkout %s by %s: %w (by %s)", id, member, ErrOnLoan, ln.Member)
	}
	due := on.AddDate(0, 0, it.LoanDays())
	l.loans[id] = &Loan{it, member, due}
	return due, nil
}

func (l *Library) Return(id string, on time.Time) (fine int, err error) {
	ln, ok := l.loans[id]
	if !ok {
		return 0, ErrNotOnLoan
	}
	delete(l.loans, id)
	if late := int(on.Sub(ln.Due).Hours() / 24); late > 0 {
		fine = late * 25
		l.fines[ln.Member] += fine
	}
	return
}

func main() {
	lib := &Library{
		items: map[string]ItemKind{"b1": Book{"Go", "Pike"}, "d1": DVD{"Film", 95}, "b2": Book{"TAOCP", "Knuth"}},
		loans: map[string]*Loan{},
		fines: map[string]int{},
	}
	day := func(d int) time.Time { return time.Date(2024, 3, d, 10, 0, 0, 0, time.UTC) }
	for _, c := range []struct {
		id, who string
		d       int
	}{{"b1", "ann", 1}, {"d1", "bob", 2}, {"b1", "bob", 3}, {"x", "ann", 3}, {"b2", "ann", 4}} {
		due, err := lib.Checkout(c.id, c.who, day(c.d))
		fmt.Println(c.id, c.who, due.Format("Jan 2"), err)
	}
	fmt.Println(lib.Return("d1", day(12)))
	fmt.Println(lib.Return("b1", day(20)))
	fmt.Println(lib.Return("b1", day(21)))
	_, err := lib.Return("b1", day(22))
	fmt.Println(errors.Is(err, ErrNotOnLoan))
	ids := []string{}
	for id, ln := range lib.loans {
		ids = append(ids, fmt.Sprintf("%s:%s:%s:%s", id, ln.Member, ln.Item.Kind(), ln.Due.Format(time.DateOnly)))
	}
	sort.Strings(ids)
	fmt.Println(ids, lib.fines)
	for _, k := range []string{"b1", "b2", "d1"} {
		switch it := lib.items[k].(type) {
		case Book:
			fmt.Printf("%s %q by %s\n", it.Kind(), it.Title, it.Author)
		case DVD:
			fmt.Printf("%s %+v\n", it.Kind(), it)
		}
	}
}
