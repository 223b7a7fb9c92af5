package main

import (
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"
)

var ErrNoTx = errors.New("no transaction")

type op struct {
	key     string
	old     *string
	deleted bool
}

type KV struct {
	data map[string]string
	txs  [][]op
}

func NewKV() *KV { return &KV{data: map[string]string{}} }

func (kv *KV) record(k string) {
	if len(kv.txs) == 0 {
		return
	}
	var prev *string
	if v, ok := kv.data[k]; ok {
		prev = &v
	}
	top := &kv.txs[len(kv.txs)-1]
	*top = append(*top, op{key: k, old: prev})
}

func (kv *KV) Set(k, v string) { kv.record(k); kv.data[k] = v }
func (kv *KV) Delete(k string) { kv.record(k); delete(kv.data, k) }
func (kv *KV) Get(k string) (string, bool) {
	v, ok := kv.data[k]
	return v, ok
}
func (kv *KV) Begin() { kv.txs = append(kv.txs, nil) }

func (kv *KV) Rollback() error {
	if len(kv.txs) == 0 {
		return ErrNoTx
	}
	ops := kv.txs[len(kv.txs)-1]
	kv.txs = kv.txs[:len(kv.txs)-1]
	for i := len(ops) - 1; i >= 0; i-- {
		o := ops[i]
		if o.old == nil {
			delete(kv.data, o.key)
		} else {
			kv.data[o.key] = *o.old
		}
	}
	return nil
}

func (kv *KV) Commit() error {
	if len(kv.txs) == 0 {
		return ErrNoTx
	}
	ops := kv.txs[len(kv.txs)-1]
	kv.txs = kv.txs[:len(kv.txs)-1]
	if len(kv.txs) > 0 {
		parent := &kv.txs[len(kv.txs)-1]
		*parent = append(*parent, ops...)
	}
	return nil
}

func (kv *KV) Count(v string) int {
	n := 0
	for _, x := range kv.data {
		if x == v {
			n++
		}
	}
	return n
}

func (kv *KV) Dump() string {
	var parts []string
	for _, k := range slices.Sorted(maps.Keys(kv.data)) {
		parts = append(parts, k+"="+kv.data[k])
	}
	return "{" + strings.Join(parts, ",") + "}"
}

func main() {
	kv := NewKV()
	script := `SET a 10
SET b 10
COUNT 10
BEGIN
SET a 20
BEGIN
DELETE b
SET c 30
DUMP
ROLLBACK
DUMP
COMMIT
DUMP
ROLLBACK
BEGIN
SET a 99
SET a 100
DELETE a
ROLLBACK
GET a
GET zz
COMMIT
FROB`
	for _, line := range strings.Split(script, "\n") {
		f := strings.Fields(line)
		var out string
		switch f[0] {
		case "SET":
			kv.Set(f[1], f[2])
		case "DELETE":
			kv.Delete(f[1])
		case "GET":
			if v, ok := kv.Get(f[1]); ok {
				out = v
			} else {
				out = "NULL"
			}
		case "COUNT":
			out = fmt.Sprint(kv.Count(f[1]))
		case "BEGIN":
			kv.Begin()
		case "ROLLBACK":
			if err := kv.Rollback(); err != nil {
				out = "error: " + err.Error()
			}
		case "COMMIT":
			if err := kv.Commit(); err != nil {
				out = "error: " + err.Error()
			}
		case "DUMP":
			out = kv.Dump()
		default:
			out = fmt.Sprintf("unknown command %q", f[0])
		}
		if out != "" {
			fmt.Printf("%-10s %s\n", line, out)
		}
	}
	fmt.Println(kv.Dump(), len(kv.txs))
}
