package main

import (
	"bufio"
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"
)

type Section map[string]string

type Config struct {
	sections map[string]Section
	order    []string
}

type SyntaxError struct {
	Line int
	Text string
}

func (e *SyntaxError) Error() string { return fmt.Sprintf("line %d: syntax error: %q", e.Line, e.Text) }

func Parse(src string) (*Config, error) {
	c := &Config{sections: map[string]Section{}}
	cur := ""
	c.sections[cur] = Section{}
	sc := bufio.NewScanner(strings.NewReader(src))
	var errs []error
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		switch {
		case line == "" || line[0] == ';' || line[0] == '#':
		case line[0] == '[':
			if !strings.HasSuffix(line, "]") {
				errs = append(errs, &SyntaxError{n, line})
				continue
			}
			cur = strings.TrimSpace(line[1 : len(line)-1])
			if _, ok := c.sections[cur]; !ok {
				c.sections[cur] = Section{}
				c.order = append(c.order, cur)
			}
		default:
			k, v, ok := strings.Cut(line, "=")
			if !ok {
				errs = append(errs, &SyntaxError{n, line})
				continue
			}
			v = strings.TrimSpace(v)
			if uq, err := strconv.Unquote(v); err == nil {
				v = uq
			}
			c.sections[cur][strings.ToLower(strings.TrimSpace(k))] = v
		}
	}
	return c, errors.Join(errs...)
}

func Get[T any](c *Config, sec, key string, conv func(string) (T, error)) (T, error) {
	var zero T
	s, ok := c.sections[sec]
	if !ok {
		return zero, fmt.Errorf("no section %q", sec)
	}
	raw, ok := s[key]
	if !ok {
		return zero, fmt.Errorf("no key %q in [%s]", key, sec)
	}
	v, err := conv(raw)
	if err != nil {
		return zero, fmt.Errorf("[%s] %s: %w", sec, key, err)
	}
	return v, nil
}

const src = `
; global
name = demo
[server]
host = "0.0.0.0"
port = 8080
timeout = 2m30s
debug = yes
[ database ]
url = postgres://u@h/db
pool=10
bad line here
[broken
[server]
port = 9090
`

func main() {
	c, err := Parse(src)
	fmt.Println("errors:", err)
	var se *SyntaxError
	fmt.Println(errors.As(err, &se), se.Line)
	fmt.Println(c.order, c.sections[""]["name"])
	port, err := Get(c, "server", "port", strconv.Atoi)
	fmt.Println(port, err)
	to, err := Get(c, "server", "timeout", time.ParseDuration)
	fmt.Println(to, to.Seconds(), err)
	dbg, err := Get(c, "server", "debug", strconv.ParseBool)
	fmt.Println(dbg, err)
	_, err = Get(c, "server", "nope", strconv.Atoi)
	fmt.Println(err)
	_, err = Get(c, "cache", "x", strconv.Atoi)
	fmt.Println(err)
	host, _ := Get(c, "server", "host", func(s string) (string, error) { return s, nil })
	fmt.Printf("%q\n", host)
	keys := make([]string, 0)
	for k := range c.sections["database"] {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println(keys)
}
