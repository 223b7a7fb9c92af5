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

type Config map[string]map[string]string

type ParseError struct {
	Line int
	Text string
	Err  error
}

func (e *ParseError) Error() string { return fmt.Sprintf("line %d: %v: %q", e.Line, e.Err, e.Text) }
func (e *ParseError) Unwrap() error { return e.Err }

var (
	ErrNoSection = errors.New("key outside section")
	ErrSyntax    = errors.New("syntax error")
	ErrMissing   = errors.New("missing key")
)

func Parse(src string) (Config, []error) {
	cfg := Config{}
	var errs []error
	section := ""
	sc := bufio.NewScanner(strings.NewReader(src))
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if i := strings.IndexAny(line, "#;"); i >= 0 {
			line = strings.TrimSpace(line[:i])
		}
		switch {
		case line == "":
		case strings.HasPrefix(line, "[") && strings.HasSuffix(line, "]"):
			section = strings.ToLower(strings.TrimSpace(line[1 : len(line)-1]))
			if cfg[section] == nil {
				cfg[section] = map[string]string{}
			}
		default:
			k, v, ok := strings.Cut(line, "=")
			if !ok {
				errs = append(errs, &ParseError{n, line, ErrSyntax})
				continue
			}
			if section == "" {
				errs = append(errs, &ParseError{n, line, ErrNoSection})
				continue
			}
			v = strings.TrimSpace(v)
			if uq, err := strconv.Unquote(v); err == nil {
				v = uq
			}
			cfg[section][strings.TrimSpace(k)] = v
		}
	}
	return cfg, errs
}

func (c Config) String(sec, key string) (string, error) {
	v, ok := c[sec][key]
	if !ok {
		return "", fmt.Errorf("%s.%s: %w", sec, key, ErrMissing)
	}
	return v, nil
}

func (c Config) Int(sec, key string, def int) int {
	s, err := c.String(sec, key)
	if err != nil {
		return def
	}
	n, err := strconv.Atoi(s)
	if err != nil {
		return def
	}
	return n
}

func (c Config) Duration(sec, key string) (time.Duration, error) {
	s, err := c.String(sec, key)
	if err != nil {
		return 0, err
	}
	return time.ParseDuration(s)
}

const src = `
orphan = 1
[Server]
host = 0.0.0.0   # all interfaces
port = 8080
timeout = 1m30s
name = "my \"app\""
[database]
url=postgres://localhost/db
pool = many
this line is bad
; comment
[server]
port = 9090
`

func main() {
	cfg, errs := Parse(src)
	for _, e := range errs {
		var pe *ParseError
		fmt.Println(e, errors.As(e, &pe) && pe.Line > 0, errors.Is(e, ErrSyntax))
	}
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
		for _, k := range keys {
			fmt.Printf("%s.%s=%q\n", s, k, cfg[s][k])
		}
	}
	fmt.Println(cfg.Int("server", "port", 80), cfg.Int("database", "pool", 5), cfg.Int("nope", "x", -1))
	d, err := cfg.Duration("server", "timeout")
	fmt.Println(d, d.Seconds(), err)
	_, err = cfg.Duration("server", "ttl")
	fmt.Println(err, errors.Is(err, ErrMissing))
	_, err = cfg.Duration("database", "url")
	fmt.Println(err)
}
