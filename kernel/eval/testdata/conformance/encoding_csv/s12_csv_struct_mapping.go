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
}

type Catalog []Product

func (c Catalog) WriteCSV(w io.Writer) error {
	cw := csv.NewWriter(w)
	cw.Write([]string{"sku", "name", "price", "qty"})
	for _, p := range c {
		if err := cw.Write([]string{p.SKU, p.Name, strconv.FormatFloat(p.Price, 'f', 2, 64), strconv.Itoa(p.Qty)}); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

type RowError struct {
	Line int
	Err  error
}

func (e *RowError) Error() string { return fmt.Sprintf("line %d: %v", e.Line, e.Err) }
func (e *RowError) Unwrap() error { return e.Err }

func ReadCatalog(r io.Reader) (Catalog, error) {
	cr := csv.NewReader(r)
	cr.Comment = '#'
	cr.TrimLeadingSpace = true
	head, err := cr.Read()
	if err != nil {
		return nil, err
	}
	_ = head
	var c Catalog
	var errs []error
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		line, _ := cr.FieldPos(0)
		if err != nil {
			errs = append(errs, &RowError{line, err})
			continue
		}
		price, err1 := strconv.ParseFloat(rec[2], 64)
		qty, err2 := strconv.Atoi(rec[3])
		if err := errors.Join(err1, err2); err != nil {
			errs = append(errs, &RowError{line, err})
			continue
		}
		c = append(c, Product{rec[0], rec[1], price, qty})
	}
	return c, errors.Join(errs...)
}

func main() {
	c := Catalog{{"A1", "Widget, large", 9.5, 3}, {"B2", `Gadget "pro"`, 120, 1}, {"C3", "multi\nline", 0.99, 10}}
	var sb strings.Builder
	fmt.Println(c.WriteCSV(&sb))
	fmt.Print(sb.String())
	back, err := ReadCatalog(strings.NewReader(sb.String()))
	fmt.Println(len(back), err, back[1].Name, back[2].Name == c[2].Name)
	input := "sku,name,price,qty\n# comment\nX, ok, 1.5, 2\nY,bad,abc,1\nZ,short\nW,\"unterminated,1,1\n"
	got, err := ReadCatalog(strings.NewReader(input))
	fmt.Println(got)
	fmt.Println(err)
	var re *RowError
	var pe *csv.ParseError
	fmt.Println(errors.As(err, &re), re.Line, errors.As(err, &pe), errors.Is(err, csv.ErrFieldCount), errors.Is(err, strconv.ErrSyntax))
}
