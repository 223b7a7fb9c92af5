package main

import (
	"bufio"
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

const conf = `; global settings
name = demo app
debug = true

[server]
host = 0.0.0.0
port = 8080
timeout = 2.5 ; seconds

[database]
user = admin
password = "p;a=ss"
pool = 10
# comment
[server]
port = 9090
bad line here
`

type ParseError struct {
	Line int
	Msg  string
}

func (e *ParseError) Error() string { return fmt.Sprintf("line %d: %s", e.Line, e.Msg) }

type Config map[string]map[string]string

func Parse(s string) (Config, []error) {
	cfg := Config{"": {}}
	sec := ""
	var errs []error
	sc := bufio.NewScanner(strings.NewReader(s))
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		switch {
		case line == "" || line[0] == ';' || line[0] == '#':
			continue
		case line[0] == '[':
			if !strings.HasSuffix(line, "]") {
				errs = append(errs, &ParseError{n, "unclosed section"})
				continue
			}
			sec = strings.TrimSpace(line[1 : len(line)-1])
			if cfg[sec] == nil {
				cfg[sec] = map[string]string{}
			}
			continue
		}
		k, v, ok := strings.Cut(line, "=")
		if !ok {
			errs = append(errs, &ParseError{n, fmt.Sprintf("no '=' in %q", line)})
			continue
		}
		v = strings.TrimSpace(v)
		if strings.HasPrefix(v, `"`) {
			if uq, err := strconv.Unquote(v); err == nil {
				v = uq
			}
		} else if i := strings.IndexAny(v, ";#"); i >= 0 {
			v = strings.TrimSpace(v[:i])
		}
		cfg[sec][strings.TrimSpace(k)] = v
	}
	return cfg, errs
}

func (c Config) Int(sec, key string, def int) int {
	if v, ok := c[sec][key]; ok {
		if n, err := strconv.Atoi(v); err == nil {
			return n
		}
	}
	return def
}

func main() {
	cfg, errs := Parse(conf)
	secs := make([]string, 0, len(cfg))
	for s := range cfg {
		secs = append(secs, s)
	}
	sort.Strings(secs)
	for _, s := range secs {
		keys := make([]string, 0)
		for k := range cfg[s] {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		fmt.Printf("[%s]\n", s)
		for _, k := range keys {
			fmt.Printf("  %s = %q\n", k, cfg[s][k])
		}
	}
	fmt.Println(cfg.Int("server", "port", 80), cfg.Int("database", "pool", 1), cfg.Int("x", "y", -1))
	t, err := strconv.ParseFloat(cfg["server"]["timeout"], 64)
	fmt.Println(t, err)
	b, _ := strconv.ParseBool(cfg[""]["debug"])
	fmt.Println(b)
	for _, e := range errs {
		var pe *ParseError
		fmt.Println(errors.As(e, &pe), pe.Line, e)
	}
}
