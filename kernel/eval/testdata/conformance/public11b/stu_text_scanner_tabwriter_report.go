package main

import (
	"fmt"
	"os"
	"strings"
	"text/scanner"
	"text/tabwriter"
	"unicode"
)

type Row struct {
	Name  string
	Qty   int
	Price float64
}

func main() {
	var s scanner.Scanner
	s.Init(strings.NewReader("total := price * 1.5 + count // tax\nname = \"Ann\" 'x' `raw` 0x1F"))
	s.Filename = "expr"
	for tok := s.Scan(); tok != scanner.EOF; tok = s.Scan() {
		fmt.Printf("%s: %s %q\n", s.Position, scanner.TokenString(tok), s.TokenText())
	}
	s.Init(strings.NewReader("a-b_c $x 12ab"))
	s.Mode ^= scanner.SkipComments
	s.IsIdentRune = func(ch rune, i int) bool {
		return ch == '$' && i == 0 || ch == '-' && i > 0 || unicode.IsLetter(ch) || unicode.IsDigit(ch) && i > 0
	}
	for tok := s.Scan(); tok != scanner.EOF; tok = s.Scan() {
		fmt.Print(scanner.TokenString(tok), "=", s.TokenText(), " ")
	}
	fmt.Println()
	s.Init(strings.NewReader(`"unterminated`))
	errs := 0
	s.Error = func(s *scanner.Scanner, msg string) { errs++; fmt.Println("scan error:", msg) }
	s.Scan()
	fmt.Println(errs, s.ErrorCount)
	s.Init(strings.NewReader("ab"))
	fmt.Println(string(s.Peek()), string(s.Next()), string(s.Next()), s.Next() == scanner.EOF)

	rows := []Row{{"apple", 3, 0.5}, {"watermelon", 1, 3.25}, {"fig", 12, 0.2}}
	w := tabwriter.NewWriter(os.Stdout, 0, 8, 2, ' ', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(w, "name\tqty\tprice\ttotal\t")
	for _, r := range rows {
		fmt.Fprintf(w, "%s\t%d\t%.2f\t%.2f\t\n", r.Name, r.Qty, r.Price, float64(r.Qty)*r.Price)
	}
	w.Flush()
	w = tabwriter.NewWriter(os.Stdout, 6, 4, 1, '.', 0)
	fmt.Fprintln(w, "a\tbb\tccc")
	fmt.Fprintln(w, "dddd\te\tf")
	fmt.Fprintln(w, "")
	fmt.Fprintln(w, "g\th")
	w.Flush()
	w = tabwriter.NewWriter(os.Stdout, 0, 0, 1, ' ', tabwriter.FilterHTML|tabwriter.StripEscape|tabwriter.DiscardEmptyColumns)
	fmt.Fprintln(w, "<b>x</b>\t\xffesc\taped\xff\t&amp;\t")
	fmt.Fprintln(w, "longer\t\t\tz\t")
	w.Flush()
}
