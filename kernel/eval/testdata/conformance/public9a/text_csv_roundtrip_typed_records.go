package main

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
)

type Product struct {
	SKU   string
	Name  string
	Price float64
	Qty   int
	Tags  []string
}

func (p Product) Record() []string {
	return []string{p.SKU, p.Name, strconv.FormatFloat(p.Price, 'f', 2, 64), strconv.Itoa(p.Qty), strings.Join(p.Tags, ";")}
}

type ParseError struct {
	Line  int
	Field string
	Err   error
}

func (e *ParseError) Error() string {
	return fmt.Sprintf("line %d: field %s: %v", e.Line, e.Field, e.Err)
}
func (e *ParseError) Unwrap() error { return e.Err }

func parse(rec []string, line int) (Product, error) {
	var p Product
	if len(rec) != 5 {
		return p, &ParseError{line, "*", fmt.Errorf("want 5 fields, got %d", len(rec))}
	}
	p.SKU, p.Name = rec[0], rec[1]
	var err error
	if p.Price, err = strconv.ParseFloat(rec[2], 64); err != nil {
		return p, &ParseError{line, "price", err}
	}
	if p.Qty, err = strconv.Atoi(rec[3]); err != nil {
		return p, &ParseError{line, "qty", err}
	}
	if rec[4] != "" {
		p.Tags = strings.Split(rec[4], ";")
	}
	return p, nil
}

func main() {
	products := []Product{
		{"A-1", "Widget, large", 9.5, 3, []string{"tools", "metal"}},
		{"B-2", `Gadget "pro"`, 120, 0, nil},
		{"C-3", "Multi\nline", 0.333, 12, []string{"x"}},
	}
	var sb strings.Builder
	w := csv.NewWriter(&sb)
	w.Write([]string{"sku", "name", "price", "qty", "tags"})
	for _, p := range products {
		if err := w.Write(p.Record()); err != nil {
			fmt.Println(err)
		}
	}
	w.Flush()
	fmt.Print(sb.String())
	data := sb.String() + "D-4,Bad,abc,1,\nE-5,Short,1\nF-6,Ok,1e2,-4,a;b;c\n"
	r := csv.NewReader(strings.NewReader(data))
	r.FieldsPerRecord = -1
	header, _ := r.Read()
	fmt.Println("header:", header)
	line := 1
	var total float64
	for {
		rec, err := r.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		line++
		if err != nil {
			fmt.Println("csv error:", err)
			continue
		}
		p, err := parse(rec, line)
		var pe *ParseError
		var ne *strconv.NumError
		switch {
		case errors.As(err, &ne):
			fmt.Println("num error:", pe == nil, ne.Func, ne.Num, err)
		case errors.As(err, &pe):
			fmt.Println("parse error:", pe.Field, err)
		case err == nil:
			total += p.Price * float64(p.Qty)
			fmt.Printf("%+v\n", p)
		}
	}
	fmt.Printf("total %.3f\n", total)
	r2 := csv.NewReader(strings.NewReader("a;b;c\n# comment\n1;\"2;3\";4\n"))
	r2.Comma = ';'
	r2.Comment = '#'
	all, err := r2.ReadAll()
	fmt.Println(all, len(all), err)
	_, err = csv.NewReader(strings.NewReader("a,\"b\nc")).ReadAll()
	fmt.Println(err)
}
