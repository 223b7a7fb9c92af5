package main

import (
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"iter"
	"slices"
	"strconv"
)

type Item struct {
	ID   int    `json:"id"`
	Name string `json:"name"`
}

type Page struct {
	Items []Item `json:"items"`
	Next  string `json:"next,omitempty"`
}

var db = func() []Item {
	var items []Item
	for i := 1; i <= 23; i++ {
		items = append(items, Item{i, fmt.Sprintf("item-%02d", i)})
	}
	return items
}()

var ErrBadCursor = errors.New("bad cursor")

func encodeCursor(id int) string {
	return base64.RawURLEncoding.EncodeToString([]byte("after:" + strconv.Itoa(id)))
}

func decodeCursor(c string) (int, error) {
	b, err := base64.RawURLEncoding.DecodeString(c)
	if err != nil || len(b) < 6 || string(b[:6]) != "after:" {
		return 0, fmt.Errorf("%w: %q", ErrBadCursor, c)
	}
	return strconv.Atoi(string(b[6:]))
}

// server returns a JSON page, as an HTTP handler would.
func server(cursor string, limit int) ([]byte, error) {
	after := 0
	if cursor != "" {
		var err error
		if after, err = decodeCursor(cursor); err != nil {
			return nil, err
		}
	}
	start, _ := slices.BinarySearchFunc(db, after+1, func(it Item, id int) int { return it.ID - id })
	end := min(start+limit, len(db))
	p := Page{Items: db[start:end]}
	if end < len(db) {
		p.Next = encodeCursor(db[end-1].ID)
	}
	return json.Marshal(p)
}

func All(limit int) iter.Seq2[Item, error] {
	return func(yield func(Item, error) bool) {
		cursor := ""
		for {
			body, err := server(cursor, limit)
			if err != nil {
				yield(Item{}, err)
				return
			}
			var p Page
			if err := json.Unmarshal(body, &p); err != nil {
				yield(Item{}, err)
				return
			}
			for _, it := range p.Items {
				if !yield(it, nil) {
					return
				}
			}
			if p.Next == "" {
				return
			}
			cursor = p.Next
		}
	}
}

func main() {
	n, last := 0, Item{}
	for it, err := range All(5) {
		if err != nil {
			fmt.Println("error:", err)
			break
		}
		n++
		last = it
	}
	fmt.Println(n, last)
	var firstSeven []string
	for it := range All(3) {
		firstSeven = append(firstSeven, it.Name)
		if len(firstSeven) == 7 {
			break
		}
	}
	fmt.Println(firstSeven)
	body, _ := server(encodeCursor(20), 10)
	fmt.Println(string(body))
	_, err := server("!!!", 2)
	fmt.Println(err, errors.Is(err, ErrBadCursor))
	c := encodeCursor(12)
	id, _ := decodeCursor(c)
	fmt.Println(c, id)
}
