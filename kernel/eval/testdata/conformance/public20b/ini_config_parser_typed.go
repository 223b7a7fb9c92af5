package main

import (
	"bufio"
	"errors"
	"fmt"
	"reflect"
	"sort"
	"strconv"
	"strings"
	"time"
)

type INI map[string]map[string]string

type ParseError struct {
	Line int
	Msg  string
}

func (e *ParseError) Error() string { return fmt.Sprintf("line %d: %s", e.Line, e.Msg) }

func Parse(src string) (INI, error) {
	out := INI{"": {}}
	sec := ""
	sc := bufio.NewScanner(strings.NewReader(src))
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		switch {
		case line == "" || line[0] == ';' || line[0] == '#':
		case line[0] == '[':
			if !strings.HasSuffix(line, "]") {
				return nil, &ParseError{n, "unterminated section"}
			}
			sec = strings.ToLower(strings.TrimSpace(line[1 : len(line)-1]))
			if _, ok := out[sec]; !ok {
				out[sec] = map[string]string{}
			}
		default:
			k, v, ok := strings.Cut(line, "=")
			if !ok {
				return nil, &ParseError{n, fmt.Sprintf("expected key=value, got %q", line)}
			}
			v = strings.TrimSpace(v)
			if uq, err := strconv.Unquote(v); err == nil {
				v = uq
			}
			out[sec][strings.ToLower(strings.TrimSpace(k))] = v
		}
	}
	return out, nil
}

type Server struct {
	Host    string        `ini:"host"`
	Port    int           `ini:"port"`
	Debug   bool          `ini:"debug"`
	Timeout time.Duration `ini:"timeout"`
	Tags    []string      `ini:"tags"`
	Ratio   float64       `ini:"ratio"`
}

func (ini INI) Decode(section string, dst any) error {
	vals, ok := ini[section]
	if !ok {
		return fmt.Errorf("no section %q", section)
	}
	v := reflect.ValueOf(dst).Elem()
	t := v.Type()
	var errs []error
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		raw, ok := vals[f.Tag.Get("ini")]
		if !ok {
			continue
		}
		fv := v.Field(i)
		var err error
		switch {
		case f.Type == reflect.TypeOf(time.Duration(0)):
			var d time.Duration
			d, err = time.ParseDuration(raw)
			fv.SetInt(int64(d))
		case fv.Kind() == reflect.Int:
			var n int
			n, err = strconv.Atoi(raw)
			fv.SetInt(int64(n))
		case fv.Kind() == reflect.Bool:
			var b bool
			b, err = strconv.ParseBool(raw)
			fv.SetBool(b)
		case fv.Kind() == reflect.Float64:
			var x float64
			x, err = strconv.ParseFloat(raw, 64)
			fv.SetFloat(x)
		case fv.Kind() == reflect.String:
			fv.SetString(raw)
		case fv.Kind() == reflect.Slice:
			parts := strings.Split(raw, ",")
			for j := range parts {
				parts[j] = strings.TrimSpace(parts[j])
			}
			fv.Set(reflect.ValueOf(parts))
		}
		if err != nil {
			errs = append(errs, fmt.Errorf("%s.%s: %w", section, f.Name, err))
		}
	}
	return errors.Join(errs...)
}

const cfg = `
; global
name = demo
[Server]
host = "localhost"
port = 8080
debug = true
timeout = 1m30s
tags = web, api ,  v2
ratio=0.75
[broken]
port = eighty
debug = maybe
timeout = 5
`

func main() {
	ini, err := Parse(cfg)
	fmt.Println(err)
	secs := make([]string, 0, len(ini))
	for s := range ini {
		secs = append(secs, s)
	}
	sort.Strings(secs)
	for _, s := range secs {
		keys := make([]string, 0)
		for k := range ini[s] {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		fmt.Printf("[%s] %v\n", s, keys)
	}
	var srv Server
	fmt.Println(ini.Decode("server", &srv))
	fmt.Printf("%+v\n", srv)
	var b Server
	err = ini.Decode("broken", &b)
	fmt.Println(err)
	fmt.Println(ini.Decode("nope", &b))
	_, err = Parse("[bad\nx=1")
	var pe *ParseError
	fmt.Println(err, errors.As(err, &pe), pe.Line)
	_, err = Parse("[ok]\njustakey")
	fmt.Println(err)
}
