package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type Port uint16

func (p *Port) Set(s string) error {
	n, err := strconv.ParseUint(s, 10, 16)
	if err != nil {
		return fmt.Errorf("port %q: %w", s, err)
	}
	*p = Port(n)
	return nil
}

type Ratio float32

type Config struct {
	Port    Port
	Ratio   Ratio
	Verbose bool
	Mask    int64
}

func parse(lines string) (Config, []error) {
	var c Config
	var errs []error
	for _, ln := range strings.Split(lines, "\n") {
		k, v, _ := strings.Cut(ln, "=")
		var err error
		switch k {
		case "port":
			err = c.Port.Set(v)
		case "ratio":
			var f float64
			f, err = strconv.ParseFloat(v, 32)
			c.Ratio = Ratio(f)
		case "verbose":
			c.Verbose, err = strconv.ParseBool(v)
		case "mask":
			c.Mask, err = strconv.ParseInt(v, 0, 64)
		}
		if err != nil {
			errs = append(errs, err)
		}
	}
	return c, errs
}

func main() {
	c, errs := parse("port=8080\nratio=0.75\nverbose=T\nmask=0x_ff")
	fmt.Printf("%+v %v\n", c, errs)
	c, errs = parse("port=70000\nratio=abc\nverbose=yes\nmask=0b102")
	fmt.Printf("%+v\n", c)
	for _, e := range errs {
		var ne *strconv.NumError
		if errors.As(e, &ne) {
			fmt.Println(ne.Func, ne.Num, ne.Err, errors.Is(e, strconv.ErrRange), errors.Is(e, strconv.ErrSyntax))
		}
	}
	fmt.Println(strconv.FormatInt(int64(c.Port), 2), strconv.FormatFloat(float64(Ratio(0.1)), 'g', -1, 32), strconv.FormatFloat(float64(Ratio(0.1)), 'g', -1, 64))
	fmt.Println(strconv.AppendQuoteRune(nil, '☺'), string(strconv.AppendBool([]byte("b="), true)))
	fmt.Println(strconv.QuoteToASCII("héllo\n"), strconv.QuoteToGraphic("\u00a0x"), strconv.CanBackquote("a`b"))
	s, err := strconv.Unquote(`'\u263a'`)
	fmt.Println(s, err)
	r, mb, tail, err := strconv.UnquoteChar(`\x41rest`, '"')
	fmt.Println(string(r), mb, tail, err)
	qp, err := strconv.QuotedPrefix(`"abc"def`)
	fmt.Println(strconv.IsPrint('\u200b'), strconv.IsGraphic(' '), qp, err)
}
