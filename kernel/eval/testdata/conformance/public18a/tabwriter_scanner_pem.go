package main

import (
	"encoding/pem"
	"fmt"
	"os"
	"strings"
	"text/scanner"
	"text/tabwriter"
)

func main() {
	w := tabwriter.NewWriter(os.Stdout, 0, 8, 2, ' ', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(w, "name\tqty\tprice\t")
	fmt.Fprintln(w, "apple\t3\t1.25\t")
	fmt.Fprintln(w, "watermelon\t10\t12.5\t")
	w.Flush()
	w = tabwriter.NewWriter(os.Stdout, 5, 0, 1, '.', 0)
	fmt.Fprintf(w, "a\tb\tc\nlonger cell\tx\ny\n\nnew\tblock\n")
	w.Flush()
	w = tabwriter.NewWriter(os.Stdout, 0, 4, 0, '\t', tabwriter.TabIndent|tabwriter.DiscardEmptyColumns)
	fmt.Fprintln(w, "\t\tindented\tz")
	fmt.Fprintln(w, "x\t\ty\tz")
	w.Flush()
	var s scanner.Scanner
	s.Init(strings.NewReader(`x := 3.14 + foo("bar", 'c') // comment
	/* block */ if a >= 0x1F { return }`))
	s.Filename = "ex"
	for tok := s.Scan(); tok != scanner.EOF; tok = s.Scan() {
		fmt.Printf("%s %s %q\n", s.Position, scanner.TokenString(tok), s.TokenText())
	}
	s.Init(strings.NewReader("a 'unterminated"))
	var errs []string
	s.Error = func(_ *scanner.Scanner, msg string) { errs = append(errs, msg) }
	for tok := s.Scan(); tok != scanner.EOF; tok = s.Scan() {
	}
	fmt.Println(errs, s.ErrorCount)
	s.Init(strings.NewReader("ab // c\nd"))
	s.Mode = scanner.ScanIdents | scanner.ScanComments
	s.Whitespace = 1<<' ' | 1<<'\t'
	for tok := s.Scan(); tok != scanner.EOF; tok = s.Scan() {
		fmt.Printf("%q ", s.TokenText())
	}
	fmt.Println()
	block := &pem.Block{Type: "TEST DATA", Headers: map[string]string{"Proc-Type": "4,ENCRYPTED", "A": "b"}, Bytes: []byte("hello pem world, this is a longer payload to wrap lines at 64 chars")}
	enc := pem.EncodeToMemory(block)
	fmt.Print(string(enc))
	dec, rest := pem.Decode(append(enc, []byte("trailing")...))
	fmt.Println(dec.Type, dec.Headers, string(dec.Bytes) == string(block.Bytes), string(rest))
	none, rest2 := pem.Decode([]byte("no pem here"))
	fmt.Println(none == nil, string(rest2))
}
