package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

var ErrNoTx = errors.New("no transaction")

type KV struct {
	data  map[string]string
	stack []map[string]*string
}

func NewKV() *KV { return &KV{data: map[string]string{}} }

func (kv *KV) get(k string) (string, bool) {
	for i := len(kv.stack) - 1; i >= 0; i-- {
		if v, ok := kv.stack[i][k]; ok {
			if v == nil {
				return "", false
			}
			return *v, true
		}
	}
	v, ok := kv.data[k]
	return v, ok
}

func (kv *KV) set(k string, v *string) {
	if n := len(kv.stack); n > 0 {
		kv.stack[n-1][k] = v
		return
	}
	if v == nil {
		delete(kv.data, k)
	} else {
		kv.data[k] = *v
	}
}

func (kv *KV) Begin() { kv.stack = append(kv.stack, map[string]*string{}) }

func (kv *KV) Rollback() error {
	if len(kv.stack) == 0 {
		return fmt.Errorf("rollback: %w", ErrNoTx)
	}
	kv.stack = kv.stack[:len(kv.stack)-1]
	return nil
}

func (kv *KV) Commit() error {
	if len(kv.stack) == 0 {
		return fmt.Errorf("commit: %w", ErrNoTx)
	}
	top := kv.stack[len(kv.stack)-1]
	kv.stack = kv.stack[:len(kv.stack)-1]
	for k, v := range top {
		kv.set(k, v)
	}
	return nil
}

func (kv *KV) Exec(line string) string {
	f := strings.Fields(line)
	switch strings.ToUpper(f[0]) {
	case "SET":
		v := f[2]
		kv.set(f[1], &v)
		return "OK"
	case "GET":
		if v, ok := kv.get(f[1]); ok {
			return v
		}
		return "NULL"
	case "DEL":
		kv.set(f[1], nil)
		return "OK"
	case "BEGIN":
		kv.Begin()
		return fmt.Sprint("depth ", len(kv.stack))
	case "ROLLBACK":
		if err := kv.Rollback(); err != nil {
			return "ERR " + err.Error()
		}
		return "OK"
	case "COMMIT":
		if err := kv.Commit(); err != nil {
			return "ERR " + err.Error()
		}
		return "OK"
	case "DUMP":
		keys := make([]string, 0, len(kv.data))
		for k := range kv.data {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		var parts []string
		for _, k := range keys {
			parts = append(parts, k+"="+kv.data[k])
		}
		return "{" + strings.Join(parts, ",") + "}"
	}
	return "ERR unknown command " + f[0]
}

func main() {
	kv := NewKV()
	script := []string{"SET a 1", "SET b 2", "BEGIN", "SET a 10", "DEL b", "GET a", "GET b", "BEGIN", "SET c 3",
		"ROLLBACK", "GET c", "COMMIT", "DUMP", "ROLLBACK", "BEGIN", "SET z 26", "COMMIT", "DUMP", "FLY"}
	for _, s := range script {
		fmt.Printf("%-10s -> %s\n", s, kv.Exec(s))
	}
	err := kv.Commit()
	fmt.Println(errors.Is(err, ErrNoTx), err)
}
