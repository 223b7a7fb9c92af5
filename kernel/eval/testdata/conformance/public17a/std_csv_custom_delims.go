package main

import (
	"encoding/csv"
	"fmt"
	"os"
	"strings"
)

func main() {
	in := "# comment\nname;qty;note\n\"Smith; J\";3;\"says \"\"hi\"\"\"\nDoe;x\n"
	r := csv.NewReader(strings.NewReader(in))
	r.Comma = ';'
	r.Comment = '#'
	r.FieldsPerRecord = -1
	recs, err := r.ReadAll()
	fmt.Println(len(recs), err)
	for _, rec := range recs {
		fmt.Printf("%d %q\n", len(rec), rec)
	}
	strict := csv.NewReader(strings.NewReader("a,b\nc\n"))
	_, err = strict.ReadAll()
	fmt.Println(err)
	line, col := 0, 0
	lazy := csv.NewReader(strings.NewReader(`a "quoted" b,c` + "\n"))
	lazy.LazyQuotes = true
	rec, err := lazy.Read()
	line, col = lazy.FieldPos(1)
	fmt.Println(rec, err, line, col)
	w := csv.NewWriter(os.Stdout)
	w.Comma = '\t'
	w.UseCRLF = false
	w.WriteAll([][]string{{"a b", "c\td"}, {"", "\"q\""}})
}
