package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type op struct {
	key     string
	old     *string
	deleted bool
}

type Store struct {
	data map[string]string
	txs  [][]op
}

var ErrNoTx = errors.New("no transaction")

func NewStore() *Store { return &Store{data: map[string]string{}} }

func (s *Store) record(k string) {
	if len(s.txs) == 0 {
		return
	}
	var prev *string
	if v, ok := s.data[k]; ok {
		prev = &v
	}
	top := &s.txs[len(s.txs)-1]
	*top = append(*top, op{key: k, old: prev})
}

func (s *Store) Set(k, v string) { s.record(k); s.data[k] = v }
func (s *Store) Delete(k string) { s.record(k); delete(s.data, k) }
func (s *Store) Get(k string) (string, bool) {
	v, ok := s.data[k]
	return v, ok
}
func (s *Store) Begin() { s.txs = append(s.txs, nil) }

func (s *Store) Rollback() error {
	if len(s.txs) == 0 {
		return ErrNoTx
	}
	ops := s.txs[len(s.txs)-1]
	s.txs = s.txs[:len(s.txs)-1]
	for i := len(ops) - 1; i >= 0; i-- {
		o := ops[i]
		if o.old == nil {
			delete(s.data, o.key)
		} else {
			s.data[o.key] = *o.old
		}
	}
	return nil
}

func (s *Store) Commit() error {
	if len(s.txs) == 0 {
		return ErrNoTx
	}
	ops := s.txs[len(s.txs)-1]
	s.txs = s.txs[:len(s.txs)-1]
	if len(s.txs) > 0 {
		top := &s.txs[len(s.txs)-1]
		*top = append(*top, ops...)
	}
	return nil
}

func (s *Store) String() string {
	keys := make([]string, 0, len(s.data))
	for k := range s.data {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	parts := make([]string, len(keys))
	for i, k := range keys {
		parts[i] = k + "=" + s.data[k]
	}
	return "{" + strings.Join(parts, " ") + "}"
}

func run(s *Store, script string) {
	for _, line := range strings.Split(strings.TrimSpace(script), "\n") {
		f := strings.Fields(line)
		var err error
		switch strings.ToUpper(f[0]) {
		case "SET":
			s.Set(f[1], f[2])
		case "DEL":
			s.Delete(f[1])
		case "GET":
			v, ok := s.Get(f[1])
			fmt.Printf("GET %s -> %q %v\n", f[1], v, ok)
		case "BEGIN":
			s.Begin()
		case "ROLLBACK":
			err = s.Rollback()
		case "COMMIT":
			err = s.Commit()
		case "DUMP":
			fmt.Println(s, "depth", len(s.txs))
		default:
			err = fmt.Errorf("unknown command %q", f[0])
		}
		if err != nil {
			fmt.Println("error:", err)
		}
	}
}

func main() {
	s := NewStore()
	run(s, `
SET a 1
BEGIN
SET a 2
SET b 3
BEGIN
DEL a
SET c 4
DUMP
ROLLBACK
DUMP
COMMIT
DUMP
ROLLBACK
BEGIN
SET a 10
SET a 11
DEL b
ROLLBACK
GET a
GET b
frobnicate
DUMP`)
}
