package main

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

func main() {
	in := `name,age,city
"Smith, John",42,"New
York"
Jane,37,Paris
# comment line
"quote ""inside""",1,x
`
	r := csv.NewReader(strings.NewReader(in))
	r.Comment = '#'
	recs, err := r.ReadAll()
	fmt.Println(len(recs), err)
	for i, rec := range recs {
		fmt.Printf("%d %d %q\n", i, len(rec), rec)
	}
	r2 := csv.NewReader(strings.NewReader("a;b;c\n1;2\n"))
	r2.Comma = ';'
	for {
		rec, err := r2.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			var pe *csv.ParseError
			if errors.As(err, &pe) {
				fmt.Println("parse error line", pe.Line, "col", pe.Column, pe.Err, errors.Is(err, csv.ErrFieldCount))
			}
			fmt.Println(rec)
			continue
		}
		fmt.Println(rec)
	}
	r3 := csv.NewReader(strings.NewReader("a,b\n1,2,3\n"))
	r3.FieldsPerRecord = -1
	all, err := r3.ReadAll()
	fmt.Println(all, err)
	r4 := csv.NewReader(strings.NewReader(`a,"b c"d,e` + "\n"))
	_, err = r4.Read()
	fmt.Println(err)
	r5 := csv.NewReader(strings.NewReader(`a,"b c"d,e` + "\n"))
	r5.LazyQuotes = true
	rec, err := r5.Read()
	fmt.Printf("%q %v\n", rec, err)
	r6 := csv.NewReader(strings.NewReader("  x ,  y\n"))
	r6.TrimLeadingSpace = true
	rec, _ = r6.Read()
	fmt.Printf("%q\n", rec)
	r7 := csv.NewReader(strings.NewReader("k,v\nx,1\ny,2\n"))
	r7.ReuseRecord = true
	for {
		rec, err := r7.Read()
		if err != nil {
			break
		}
		line, col := r7.FieldPos(1)
		fmt.Println(rec, line, col, r7.InputOffset())
	}

	w := csv.NewWriter(os.Stdout)
	w.Write([]string{"id", "text", "note"})
	w.Write([]string{"1", "has,comma", `has "quote"`})
	w.Write([]string{"2", "multi\nline", " lead space"})
	w.Write([]string{"3", "", "#hash"})
	w.Flush()
	fmt.Println(w.Error())
	var sb strings.Builder
	w2 := csv.NewWriter(&sb)
	w2.Comma = '\t'
	w2.UseCRLF = true
	w2.WriteAll([][]string{{"a", "b\tc"}, {"d", "e"}})
	fmt.Printf("%q\n", sb.String())
	w3 := csv.NewWriter(&sb)
	w3.Comma = '"'
	fmt.Println(w3.Write([]string{"x"}))
}
