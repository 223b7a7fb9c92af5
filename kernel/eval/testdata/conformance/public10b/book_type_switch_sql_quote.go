package main

import (
	"fmt"
	"strings"
	"time"
)

type Quoter interface{ Quote() string }

type Ident string

func (i Ident) Quote() string { return `"` + strings.ReplaceAll(string(i), `"`, `""`) + `"` }

func sqlQuote(x any) string {
	switch x := x.(type) {
	case nil:
		return "NULL"
	case int, uint, int64:
		return fmt.Sprintf("%d", x)
	case float64:
		return fmt.Sprintf("%g", x)
	case bool:
		if x {
			return "TRUE"
		}
		return "FALSE"
	case string:
		return "'" + strings.ReplaceAll(x, "'", "''") + "'"
	case time.Time:
		return "'" + x.Format("2006-01-02") + "'"
	case Quoter:
		return x.Quote()
	case []any:
		parts := make([]string, len(x))
		for i, v := range x {
			parts[i] = sqlQuote(v)
		}
		return "(" + strings.Join(parts, ", ") + ")"
	case error:
		panic(fmt.Sprintf("cannot quote error %v", x))
	default:
		panic(fmt.Sprintf("unexpected type %T: %v", x, x))
	}
}

func listTracks(table Ident, artist string, minYear, maxYear int, tags []any) string {
	return fmt.Sprintf("SELECT * FROM %s WHERE artist = %s AND %s <= year AND year <= %s AND tag IN %s",
		sqlQuote(table), sqlQuote(artist), sqlQuote(minYear), sqlQuote(maxYear), sqlQuote(tags))
}

func main() {
	fmt.Println(listTracks(`tra"cks`, "O'Brien", 1990, 2000, []any{"rock", 1.5, nil, true}))
	fmt.Println(sqlQuote(time.Date(2020, 2, 29, 0, 0, 0, 0, time.UTC)), sqlQuote(uint(7)), sqlQuote(int64(-3)))
	for _, v := range []any{int8(1), fmt.Errorf("e"), struct{}{}} {
		func() {
			defer func() { fmt.Println("panic:", recover()) }()
			sqlQuote(v)
		}()
	}
}
