package main

import (
	"bytes"
	"fmt"
	"math"
	"strconv"
	"strings"
	"unicode"
)

// Standard library calls made in loops (strings.Builder, bytes.Buffer,
// strconv, strings, unicode, math), their results and their panics.

func main() {
	var sb strings.Builder
	for i := 0; i < 1000; i++ {
		sb.WriteString(strconv.Itoa(i))
		sb.WriteByte(',')
		if i%100 == 0 {
			sb.WriteRune('é')
		}
	}
	s := sb.String()
	fmt.Println(sb.Len(), len(s), s[:20], strings.Count(s, ","))
	sb.Reset()
	sb.Grow(10)
	fmt.Println(sb.Len(), sb.Cap() >= 10)

	var buf bytes.Buffer
	for i := 0; i < 50; i++ {
		buf.WriteString(strings.Repeat("ab", i%3))
		buf.WriteByte('|')
	}
	fmt.Println(buf.Len(), buf.String()[:12])
	b, err := buf.ReadByte()
	fmt.Println(b, err, buf.Len())

	total, bad := 0, 0
	for _, w := range strings.Fields(" 12 x 7  -3 4.5 99 ") {
		n, err := strconv.Atoi(w)
		if err != nil {
			bad++
			fmt.Println(err)
			continue
		}
		total += n
	}
	fmt.Println(total, bad)

	words := strings.Split("Go is FUN and go is fast", " ")
	up, low, hasGo := 0, 0, 0
	for _, w := range words {
		if strings.ToUpper(w) == w {
			up++
		}
		if strings.ToLower(w) == w {
			low++
		}
		if strings.EqualFold(w, "go") || strings.HasPrefix(w, "G") || strings.HasSuffix(w, "st") || strings.Contains(w, "UN") {
			hasGo++
		}
	}
	fmt.Println(up, low, hasGo, strings.Join(words[:3], "+"), strings.Index("chicken", "ken"), strings.IndexByte("golang", 'l'))

	letters, digits, spaces, punct, upper := 0, 0, 0, 0, 0
	for _, r := range "Hello, World! 123 ÄÖÜ." {
		switch {
		case unicode.IsLetter(r):
			letters++
			if unicode.IsUpper(r) {
				upper++
			}
		case unicode.IsDigit(r):
			digits++
		case unicode.IsSpace(r):
			spaces++
		case unicode.IsPunct(r):
			punct++
		}
	}
	fmt.Println(letters, digits, spaces, punct, upper, string(unicode.ToUpper('ß')), unicode.IsLower('a'))

	sum := 0.0
	for i := 1; i <= 1000; i++ {
		x := float64(i)
		sum += math.Sqrt(x) + math.Abs(math.Sin(x)) + math.Floor(x/3) - math.Ceil(x/7) + math.Mod(x, 5) + math.Pow(x, 0.5) - math.Hypot(3, 4)
		sum += math.Max(x, 10) - math.Min(x, 10) + math.Round(x/4) - math.Trunc(x/6) + math.Log(x) - math.Exp(1/x) + math.Cos(x)
	}
	fmt.Println(strconv.FormatFloat(sum, 'f', 4, 64), strconv.FormatInt(-255, 16), math.IsNaN(math.NaN()), math.IsInf(math.Inf(-1), -1))
	f, err := strconv.ParseFloat("2.5e3", 64)
	fmt.Println(f, err)
	_, err = strconv.ParseFloat("x", 64)
	fmt.Println(err)

	// A deferred method call evaluates its receiver at the defer.
	bp := &strings.Builder{}
	first := bp
	func() {
		defer bp.WriteString("late")
		defer fmt.Println("deferred", bp.Len())
		bp = &strings.Builder{}
		bp.WriteString("new")
	}()
	fmt.Println(first.String(), bp.String())

	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		fmt.Println(strings.Repeat("x", -1))
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var a strings.Builder
		a.WriteString("x")
		c := a
		c.WriteString("y")
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover() != nil) }()
		var nb *bytes.Buffer
		nb.WriteString("boom")
	}()
}
