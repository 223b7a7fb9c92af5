package main

import (
	"fmt"
	"os"
	"strings"
	"text/tabwriter"
	"unicode/utf8"
)

type Row struct {
	Name   string
	Qty    int
	Price  float64
	Status string
}

func pad(s string, w int, right bool) string {
	n := utf8.RuneCountInString(s)
	if n >= w {
		return s
	}
	if right {
		return strings.Repeat(" ", w-n) + s
	}
	return s + strings.Repeat(" ", w-n)
}

func main() {
	rows := []Row{
		{"Widget", 3, 4.5, "ok"},
		{"Gadget extra long name", 12, 199.99, "backorder"},
		{"차", 1, 12000, "ok"},
		{"", 0, 0, "?"},
	}
	widths := []int{4, 3, 5, 6}
	for _, r := range rows {
		cells := []string{r.Name, fmt.Sprint(r.Qty), fmt.Sprintf("%.2f", r.Price), r.Status}
		for i, c := range cells {
			widths[i] = max(widths[i], utf8.RuneCountInString(c))
		}
	}
	header := []string{"Name", "Qty", "Price", "Status"}
	sep := "+"
	for _, w := range widths {
		sep += strings.Repeat("-", w+2) + "+"
	}
	line := func(cells []string) string {
		s := "|"
		for i, c := range cells {
			s += " " + pad(c, widths[i], i == 1 || i == 2) + " |"
		}
		return s
	}
	fmt.Println(sep)
	fmt.Println(line(header))
	fmt.Println(sep)
	var total float64
	for _, r := range rows {
		total += float64(r.Qty) * r.Price
		fmt.Println(line([]string{r.Name, fmt.Sprint(r.Qty), fmt.Sprintf("%.2f", r.Price), r.Status}))
	}
	fmt.Println(sep)
	fmt.Printf("total: %12.2f\n", total)
	fmt.Printf("[%-10s][%10s][%-10.3s][%6.2f%%][%+.1e][%x][% 05d]\n", "left", "right", "truncate", 12.3456, 123456.0, "hex", 42)
	fmt.Printf("[%*d][%-*d][%.*f]\n", 6, 42, 6, 42, 2, 3.14159)
	fmt.Printf("%[2]d %[1]d %[2]d\n", 10, 20)
	fmt.Printf("%d %s\n", 1)
	fmt.Printf("%d\n", 1, 2)
	fmt.Printf("%!\n")
	w := tabwriter.NewWriter(os.Stdout, 5, 0, 1, '.', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(w, "a\tbbb\tc\t")
	fmt.Fprintln(w, "aaaa\tb\tccccc\t")
	w.Flush()
}
