package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Entry struct {
	Date        string
	Description string
	Change      int
}

var ErrBadDate = errors.New("invalid date")

func money(cents int, currency string) string {
	neg := cents < 0
	if neg {
		cents = -cents
	}
	whole := fmt.Sprint(cents / 100)
	var parts []string
	for len(whole) > 3 {
		parts = append([]string{whole[len(whole)-3:]}, parts...)
		whole = whole[:len(whole)-3]
	}
	parts = append([]string{whole}, parts...)
	sym := map[string]string{"USD": "$", "EUR": "€"}[currency]
	s := fmt.Sprintf("%s%s.%02d", sym, strings.Join(parts, ","), cents%100)
	if neg {
		return "(" + s + ")"
	}
	return s + " "
}

func FormatLedger(currency string, entries []Entry) (string, error) {
	es := append([]Entry(nil), entries...)
	sort.SliceStable(es, func(i, j int) bool {
		a, b := es[i], es[j]
		if a.Date != b.Date {
			return a.Date < b.Date
		}
		if a.Description != b.Description {
			return a.Description < b.Description
		}
		return a.Change < b.Change
	})
	var sb strings.Builder
	fmt.Fprintf(&sb, "%-10s | %-25s | %s\n", "Date", "Description", "Change")
	for _, e := range es {
		var y, m, d int
		if n, err := fmt.Sscanf(e.Date, "%4d-%2d-%2d", &y, &m, &d); err != nil || n != 3 || m < 1 || m > 12 {
			return "", fmt.Errorf("entry %q: %w", e.Date, ErrBadDate)
		}
		desc := e.Description
		if len(desc) > 25 {
			desc = desc[:22] + "..."
		}
		fmt.Fprintf(&sb, "%02d/%02d/%04d | %-25s | %13s\n", m, d, y, desc, money(e.Change, currency))
	}
	return sb.String(), nil
}

func main() {
	entries := []Entry{
		{"2015-01-02", "Get present", 1000},
		{"2015-01-01", "Buy present", -1000},
		{"2015-01-01", "Freelance telecommuting pay", 123456789},
		{"2015-01-01", "Buy present", -999},
	}
	out, err := FormatLedger("USD", entries)
	fmt.Print(out, err, "\n")
	out, _ = FormatLedger("EUR", entries[:1])
	fmt.Print(out)
	_, err = FormatLedger("USD", []Entry{{"2015-13-01", "x", 1}})
	fmt.Println(err, errors.Is(err, ErrBadDate))
	fmt.Println(entries[0].Date, money(-5, "USD"), money(100000, "EUR"))
}
