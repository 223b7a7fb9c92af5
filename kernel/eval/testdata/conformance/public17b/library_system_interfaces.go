package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"time"
)

type ItemKind int

const (
	BookKind ItemKind = iota
	DVDKind
)

func (k ItemKind) String() string { return [...]string{"book", "dvd"}[k] }

type Loanable interface {
	ID() string
	Title() string
	Kind() ItemKind
	LoanPeriod() time.Duration
}

type base struct {
	id, title string
}

func (b base) ID() string    { return b.id }
func (b base) Title() string { return b.title }

type Book struct {
	base
	Author string
}

func (Book) Kind() ItemKind            { return BookKind }
func (Book) LoanPeriod() time.Duration { return 21 * 24 * time.Hour }

type DVD struct {
	base
	Minutes int
}

func (DVD) Kind() ItemKind            { return DVDKind }
func (DVD) LoanPeriod() time.Duration { return 7 * 24 * time.Hour }
func (d DVD) Title() string           { return d.base.Title() + fmt.Sprintf(" (%dmin)", d.Minutes) }

type Loan struct {
	Item   Loanable
	Member string
	Due    time.Time
}

var (
	ErrUnknownItem = errors.New("unknown item")
	ErrOnLoan      = errors.New("already on loan")
	ErrLimit       = errors.New("loan limit reached")
)

type Library struct {
	items map[string]Loanable
	loans map[string]*Loan
	limit int
}

func (l *Library) Add(items ...Loanable) {
	for _, it := range items {
		l.items[it.ID()] = it
	}
}

func (l *Library) Lend(id, member string, now time.Time) (*Loan, error) {
	it, ok := l.items[id]
	if !ok {
		return nil, fmt.Errorf("lend %s: %w", id, ErrUnknownItem)
	}
	if ln, ok := l.loans[id]; ok {
		return nil, fmt.Errorf("lend %s to %s: %w (held by %s)", id, member, ErrOnLoan, ln.Member)
	}
	n := 0
	for _, ln := range l.loans {
		if ln.Member == member {
			n++
		}
	}
	if n >= l.limit {
		return nil, fmt.Errorf("lend %s to %s: %w", id, member, ErrLimit)
	}
	ln := &Loan{it, member, now.Add(it.LoanPeriod())}
	l.loans[id] = ln
	return ln, nil
}

func (l *Library) Overdue(now time.Time) []string {
	var out []string
	for _, ln := range l.loans {
		if now.After(ln.Due) {
			days := int(now.Sub(ln.Due).Hours() / 24)
			out = append(out, fmt.Sprintf("%s: %q %d days late (%v)", ln.Member, ln.Item.Title(), days, ln.Item.Kind()))
		}
	}
	sort.Strings(out)
	return out
}

func main() {
	lib := &Library{items: map[string]Loanable{}, loans: map[string]*Loan{}, limit: 2}
	lib.Add(Book{base{"b1", "Dune"}, "Herbert"}, Book{base{"b2", "Emma"}, "Austen"}, DVD{base{"d1", "Alien"}, 117})
	start := time.Date(2024, 1, 10, 10, 0, 0, 0, time.UTC)
	for _, req := range [][2]string{{"b1", "ann"}, {"d1", "ann"}, {"b2", "ann"}, {"b1", "bob"}, {"x9", "bob"}, {"b2", "bob"}} {
		ln, err := lib.Lend(req[0], req[1], start)
		if err != nil {
			fmt.Println("error:", err, "| onloan:", errors.Is(err, ErrOnLoan), "limit:", errors.Is(err, ErrLimit))
			continue
		}
		fmt.Printf("%s borrows %q until %s\n", ln.Member, ln.Item.Title(), ln.Due.Format("Jan 2"))
	}
	for _, d := range []int{5, 10, 30} {
		fmt.Printf("day +%d: %s\n", d, strings.Join(lib.Overdue(start.AddDate(0, 0, d)), "; "))
	}
	var it Loanable = lib.items["d1"]
	if d, ok := it.(DVD); ok {
		fmt.Println(d.base.Title(), d.Title(), d.ID())
	}
	fmt.Printf("%v %+v\n", lib.items["b1"], lib.items["b2"])
}
