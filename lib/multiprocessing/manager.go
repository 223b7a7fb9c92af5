package multiprocessing

import (
	"cmp"
	"errors"
	"fmt"
	"math"
	"math/big"
	"reflect"
	"sort"
	"strings"
	"sync"

	"github.com/gonotes/gonotes/lib/internal/pyrepr"
)

// Manager creates objects shared by processes through proxies, like
// Python's multiprocessing.Manager(): lists, dicts, namespaces, locks,
// queues... The objects live in the process that created the Manager (no
// separate server process is needed: every process of this package serves
// the objects it owns) and every method of a proxy is a call to that
// process. Values are copied in and out: changing a value got from a list
// does not change the list (set it back).
//
//	m := multiprocessing.NewManager()
//	defer m.Shutdown()
//	l := m.List()
//	p := &multiprocessing.Process{Target: work, Args: []any{l}}
//
// The zero value is ready to use.
type Manager struct {
	mu   sync.Mutex
	refs []*objRef
	shut bool
}

// NewManager returns a started Manager.
func NewManager() *Manager { return &Manager{} }

// Start does nothing: a Manager is ready when made (kept for Python's
// start()).
func (m *Manager) Start() error { return nil }

// own registers r as an object of m.
func (m *Manager) own(r *objRef) *objRef {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.shut {
		panic(errManagerDown)
	}
	if err := state.export(r); err != nil {
		panic(err)
	}
	r.managed = true
	m.refs = append(m.refs, r)
	return r
}

// Shutdown shuts the manager down: every later call on its objects, in
// any process, fails (panics or returns an error).
func (m *Manager) Shutdown() {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.shut = true
	for _, r := range m.refs {
		r.entry.closed.Store(true)
	}
	m.refs = nil
}

// String returns a Python-like repr.
func (m *Manager) String() string {
	return fmt.Sprintf("<multiprocessing.managers.SyncManager object at %p>", m)
}

// List returns a shared list holding items.
func (m *Manager) List(items ...any) *ListProxy {
	enc := make([][]byte, len(items))
	for i, v := range items {
		b, err := encodeValue(v)
		if err != nil {
			panic(fmt.Errorf("multiprocessing: cannot put item %d (%s) in a shared list: %w", i+1, typeString(typeOf(v)), err))
		}
		enc[i] = b
	}
	return &ListProxy{ref: m.own(localRef(&listImpl{items: enc}, nil))}
}

// Dict returns an empty shared dict.
func (m *Manager) Dict() *DictProxy {
	return &DictProxy{ref: m.own(localRef(&dictImpl{index: map[string]int{}}, nil))}
}

// owned makes x, a synchronisation object, queue or shared value, one of
// m's objects, and returns it.
func owned[T interface{ objref() *objRef }](m *Manager, x T) T {
	m.own(x.objref())
	return x
}

// Namespace returns an empty shared namespace (attributes by name).
func (m *Manager) Namespace() *Namespace {
	return &Namespace{ref: m.own(localRef(&dictImpl{index: map[string]int{}}, nil))}
}

// Lock returns a shared Lock.
func (m *Manager) Lock() *Lock { return owned(m, &Lock{}) }

// RLock returns a shared RLock.
func (m *Manager) RLock() *RLock { return owned(m, &RLock{}) }

// Semaphore returns a shared Semaphore.
func (m *Manager) Semaphore(value int) *Semaphore {
	managerSemaphoreValue(value)
	return owned(m, NewSemaphore(value))
}

// BoundedSemaphore returns a shared BoundedSemaphore.
func (m *Manager) BoundedSemaphore(value int) *BoundedSemaphore {
	managerSemaphoreValue(value)
	return owned(m, NewBoundedSemaphore(value))
}

// managerSemaphoreValue panics for a negative value with the error of the
// threading.Semaphore that CPython's manager makes (which it re-raises
// wrapped in a RemoteError).
func managerSemaphoreValue(value int) {
	if value < 0 {
		panic(errors.New("ValueError: semaphore initial value must be >= 0"))
	}
}

// Event returns a shared Event.
func (m *Manager) Event() *Event { return owned(m, &Event{}) }

// Condition returns a shared Condition (see NewCondition).
func (m *Manager) Condition(lock any) *Condition { return owned(m, NewCondition(lock)) }

// Barrier returns a shared Barrier.
func (m *Manager) Barrier(parties int) *Barrier { return owned(m, NewBarrier(parties)) }

// Queue returns a shared Queue (see NewQueue).
func (m *Manager) Queue(maxsize ...int) *Queue { return owned(m, NewQueue(maxsize...)) }

// JoinableQueue returns a shared JoinableQueue.
func (m *Manager) JoinableQueue(maxsize ...int) *JoinableQueue {
	return owned(m, NewJoinableQueue(maxsize...))
}

// Value returns a shared Value (see NewValue).
func (m *Manager) Value(typecode string, v any) *Value {
	val := NewValue(typecode, v)
	val.managed = true
	return owned(m, val)
}

// Array returns a shared Array (see NewArray).
func (m *Manager) Array(typecode string, init any) *Array { return owned(m, NewArray(typecode, init)) }

// List methods.
const (
	lsAppend byte = 1 + iota
	lsExtend
	lsGet
	lsSet
	lsLen
	lsPop
	lsInsert
	lsRemove
	lsIndex
	lsCount
	lsCopy
	lsClear
	lsReverse
	lsSort
)

type listImpl struct {
	mu    sync.Mutex
	items [][]byte
}

func indexError(what string) (byte, []byte) {
	return stPanic, []byte("IndexError: " + what)
}

// norm turns a Python index (negative: from the end) into a slice index.
func norm(i, n int) (int, bool) {
	if i < 0 {
		i += n
	}
	return i, i >= 0 && i < n
}

func (l *listImpl) call(ctx *callCtx, method byte, r *rbuf) (byte, []byte) {
	l.mu.Lock()
	defer l.mu.Unlock()
	w := &wbuf{}
	switch method {
	case lsAppend:
		l.items = append(l.items, r.bytes())
	case lsExtend:
		l.items = append(l.items, r.items()...)
	case lsGet:
		i, ok := norm(int(r.varint()), len(l.items))
		if !ok {
			return indexError("list index out of range")
		}
		return stOK, l.items[i]
	case lsSet:
		i, ok := norm(int(r.varint()), len(l.items))
		if !ok {
			return indexError("list assignment index out of range")
		}
		l.items[i] = r.bytes()
	case lsLen:
		w.varint(int64(len(l.items)))
	case lsPop:
		if len(l.items) == 0 {
			return indexError("pop from empty list")
		}
		i, ok := norm(int(r.varint()), len(l.items))
		if !ok {
			return indexError("pop index out of range")
		}
		item := l.items[i]
		l.items = append(l.items[:i], l.items[i+1:]...)
		return stOK, item
	case lsInsert:
		i := int(r.varint())
		n := len(l.items)
		if i < 0 {
			i = max(i+n, 0)
		}
		i = min(i, n)
		l.items = append(l.items, nil)
		copy(l.items[i+1:], l.items[i:])
		l.items[i] = r.bytes()
	case lsRemove, lsIndex, lsCount:
		x := string(r.bytes())
		count := 0
		for i, it := range l.items {
			if string(it) != x {
				continue
			}
			switch method {
			case lsRemove:
				l.items = append(l.items[:i], l.items[i+1:]...)
				return stOK, nil
			case lsIndex:
				w.varint(int64(i))
				return stOK, w.b
			}
			count++
		}
		if method == lsCount {
			w.varint(int64(count))
			return stOK, w.b
		}
		if method == lsRemove {
			return stError, []byte("ValueError: list.remove(x): x not in list")
		}
		return stError, []byte("ValueError: value is not in list")
	case lsCopy:
		w.items(l.items)
	case lsClear:
		l.items = nil
	case lsReverse:
		for i, j := 0, len(l.items)-1; i < j; i, j = i+1, j-1 {
			l.items[i], l.items[j] = l.items[j], l.items[i]
		}
	case lsSort:
		reverse := r.bool()
		if r.err != nil {
			return stError, []byte(r.err.Error())
		}
		sorted, err := sortItems(l.items, reverse)
		if err != nil {
			return stPanic, []byte(err.Error())
		}
		l.items = sorted
	default:
		return stError, []byte(fmt.Sprintf("multiprocessing: unknown list method %d", method))
	}
	if r.err != nil {
		return stError, []byte(r.err.Error())
	}
	return stOK, w.b
}

// ListProxy is a list shared by processes (Manager.List). Indexes may be
// negative, counting from the end, as in Python; an index out of range
// panics ("IndexError: list index out of range").
type ListProxy struct{ ref *objRef }

func (l *ListProxy) objref() *objRef {
	if l.ref == nil {
		panic(errors.New("multiprocessing: a zero ListProxy; use Manager.List"))
	}
	return l.ref
}

// mustCall calls method and panics on failure.
func mustCall(r *objRef, method byte, args []byte) []byte {
	st, res := r.call(method, args)
	if err := statusError(st, res); err != nil {
		panic(err)
	}
	return res
}

func encodeOrErr(v any, what string) ([]byte, error) {
	b, err := encodeValue(v)
	if err != nil {
		return nil, fmt.Errorf("multiprocessing: cannot put %s in a shared %s: %w", typeString(typeOf(v)), what, err)
	}
	return b, nil
}

func decodeOrPanic(b []byte) any {
	v, err := decodeValue(b)
	if err != nil {
		panic(fmt.Errorf("multiprocessing: cannot receive a shared value: %w", err))
	}
	return v
}

// Append adds v at the end.
func (l *ListProxy) Append(v any) error {
	b, err := encodeOrErr(v, "list")
	if err != nil {
		return err
	}
	w := &wbuf{}
	w.bytes(b)
	st, res := l.objref().call(lsAppend, w.b)
	return statusError(st, res)
}

// Extend appends every element of items (a slice).
func (l *ListProxy) Extend(items any) error {
	v := reflect.ValueOf(items)
	if v.Kind() != reflect.Slice && v.Kind() != reflect.Array {
		return fmt.Errorf("multiprocessing: Extend needs a slice, not %s", typeString(typeOf(items)))
	}
	enc := make([][]byte, v.Len())
	for i := range enc {
		b, err := encodeOrErr(v.Index(i).Interface(), "list")
		if err != nil {
			return err
		}
		enc[i] = b
	}
	w := &wbuf{}
	w.items(enc)
	st, res := l.objref().call(lsExtend, w.b)
	return statusError(st, res)
}

// Get returns the element at index i (a copy).
func (l *ListProxy) Get(i int) any {
	w := &wbuf{}
	w.varint(int64(i))
	return decodeOrPanic(mustCall(l.objref(), lsGet, w.b))
}

// Set replaces the element at index i.
func (l *ListProxy) Set(i int, v any) error {
	b, err := encodeOrErr(v, "list")
	if err != nil {
		return err
	}
	w := &wbuf{}
	w.varint(int64(i))
	w.bytes(b)
	mustCall(l.objref(), lsSet, w.b)
	return nil
}

// Len returns the number of elements.
func (l *ListProxy) Len() int { return intResult(mustCall(l.objref(), lsLen, nil)) }

// Pop removes and returns the element at index i (default: the last).
func (l *ListProxy) Pop(i ...int) any {
	k := -1
	if len(i) > 0 {
		k = i[0]
	}
	w := &wbuf{}
	w.varint(int64(k))
	return decodeOrPanic(mustCall(l.objref(), lsPop, w.b))
}

// Insert inserts v before index i.
func (l *ListProxy) Insert(i int, v any) error {
	b, err := encodeOrErr(v, "list")
	if err != nil {
		return err
	}
	w := &wbuf{}
	w.varint(int64(i))
	w.bytes(b)
	mustCall(l.objref(), lsInsert, w.b)
	return nil
}

func (l *ListProxy) search(method byte, v any) (byte, []byte) {
	b, err := encodeValue(v)
	if err != nil {
		return stError, []byte(err.Error())
	}
	w := &wbuf{}
	w.bytes(b)
	return l.objref().call(method, w.b)
}

// Remove removes the first element equal to v (same type and value), or
// returns an error ("ValueError: list.remove(x): x not in list").
func (l *ListProxy) Remove(v any) error {
	st, res := l.search(lsRemove, v)
	return statusError(st, res)
}

// Index returns the index of the first element equal to v, or, as Python
// raises it, the error "ValueError: 99 is not in list".
func (l *ListProxy) Index(v any) (int, error) {
	st, res := l.search(lsIndex, v)
	if err := statusError(st, res); err != nil {
		if err.Error() == "ValueError: value is not in list" {
			return -1, fmt.Errorf("ValueError: %s is not in list", pyElem(v))
		}
		return -1, err
	}
	return intResult(res), nil
}

// Count returns the number of elements equal to v.
func (l *ListProxy) Count(v any) int {
	st, res := l.search(lsCount, v)
	if err := statusError(st, res); err != nil {
		return 0
	}
	return intResult(res)
}

// Copy returns a copy of the elements (Python's list(proxy)).
func (l *ListProxy) Copy() []any {
	r := &rbuf{b: mustCall(l.objref(), lsCopy, nil)}
	items := r.items()
	out := make([]any, len(items))
	for i, b := range items {
		out[i] = decodeOrPanic(b)
	}
	return out
}

// Clear removes every element.
func (l *ListProxy) Clear() { mustCall(l.objref(), lsClear, nil) }

// Sort sorts the list in place, in one step in the manager, as Python's
// list.sort() on a proxy: numbers (bools and every integer and float kind)
// by value, strings by code point, slices (Python's lists and tuples)
// element by element; Sort(true) sorts in descending order (Python's
// reverse=True). The sort is stable. Items that cannot be ordered leave
// the list unchanged and give Python's TypeError ("TypeError: '<' not
// supported between instances of 'str' and 'int'").
func (l *ListProxy) Sort(reverse ...bool) error {
	w := &wbuf{}
	w.bool(len(reverse) > 0 && reverse[0])
	st, res := l.objref().call(lsSort, w.b)
	if st == stPanic {
		return errors.New(string(res))
	}
	return statusError(st, res)
}

// Reverse reverses the list in place (Python's list.reverse(), which the
// docs' Manager example calls on a proxy).
func (l *ListProxy) Reverse() { mustCall(l.objref(), lsReverse, nil) }

// String returns Python's repr of the list, e.g. [1, 'a', 2.5].
func (l *ListProxy) String() string { return pyElem(l.Copy()) }

// pyElem returns Python's repr of a value held by a manager: a slice as a
// list ([1, 'a']), a map as a dict ({'k': 1}), anything else as
// [pyrepr.Value] shows it (strings quoted, None, True, 2.0).
func pyElem(v any) string {
	if v == nil {
		return "None"
	}
	if _, ok := v.(fmt.Stringer); ok {
		return pyrepr.Value(v)
	}
	rv := reflect.ValueOf(v)
	switch rv.Kind() {
	case reflect.Slice, reflect.Array:
		if rv.Type().Elem().Kind() == reflect.Uint8 {
			break
		}
		parts := make([]string, rv.Len())
		for i := range parts {
			parts[i] = pyElem(rv.Index(i).Interface())
		}
		return "[" + strings.Join(parts, ", ") + "]"
	case reflect.Map:
		keys := rv.MapKeys()
		parts := make([]string, len(keys))
		for i, k := range keys {
			parts[i] = pyElem(k.Interface()) + ": " + pyElem(rv.MapIndex(k).Interface())
		}
		sort.Strings(parts)
		return "{" + strings.Join(parts, ", ") + "}"
	}
	return pyrepr.Value(v)
}

// Dict (and Namespace) methods.
const (
	dSet byte = 1 + iota
	dGet
	dDel
	dLen
	dItems
	dClear
	dPop
	dSetDefault
)

// dictImpl keeps encoded keys in insertion order, like a Python dict.
type dictImpl struct {
	mu    sync.Mutex
	keys  [][]byte
	vals  [][]byte
	index map[string]int
}

func (d *dictImpl) call(ctx *callCtx, method byte, r *rbuf) (byte, []byte) {
	d.mu.Lock()
	defer d.mu.Unlock()
	w := &wbuf{}
	switch method {
	case dSet:
		k, v := r.bytes(), r.bytes()
		if i, ok := d.index[string(k)]; ok {
			d.vals[i] = v
		} else {
			d.index[string(k)] = len(d.keys)
			d.keys = append(d.keys, k)
			d.vals = append(d.vals, v)
		}
	case dGet:
		i, ok := d.index[string(r.bytes())]
		if !ok {
			return stTimeout, nil
		}
		return stOK, d.vals[i]
	case dSetDefault:
		k, v := r.bytes(), r.bytes()
		if r.err != nil {
			return stError, []byte(r.err.Error())
		}
		if i, ok := d.index[string(k)]; ok {
			return stOK, d.vals[i]
		}
		d.index[string(k)] = len(d.keys)
		d.keys = append(d.keys, k)
		d.vals = append(d.vals, v)
		return stOK, v
	case dDel, dPop:
		k := string(r.bytes())
		i, ok := d.index[k]
		if !ok {
			return stTimeout, nil
		}
		v := d.vals[i]
		delete(d.index, k)
		d.keys = append(d.keys[:i], d.keys[i+1:]...)
		d.vals = append(d.vals[:i], d.vals[i+1:]...)
		for j := i; j < len(d.keys); j++ {
			d.index[string(d.keys[j])] = j
		}
		return stOK, v
	case dLen:
		w.varint(int64(len(d.keys)))
	case dItems:
		w.items(d.keys)
		w.items(d.vals)
	case dClear:
		d.keys, d.vals, d.index = nil, nil, map[string]int{}
	default:
		return stError, []byte(fmt.Sprintf("multiprocessing: unknown dict method %d", method))
	}
	if r.err != nil {
		return stError, []byte(r.err.Error())
	}
	return stOK, w.b
}

// DictProxy is a dict shared by processes (Manager.Dict), keeping its keys
// in insertion order. Keys must be comparable values (numbers, strings,
// structs of them...); two keys are equal when they have the same type and
// value.
type DictProxy struct{ ref *objRef }

func (d *DictProxy) objref() *objRef {
	if d.ref == nil {
		panic(errors.New("multiprocessing: a zero DictProxy; use Manager.Dict"))
	}
	return d.ref
}

func dictKey(k any) []byte {
	b, err := encodeValue(k)
	if err != nil {
		panic(fmt.Errorf("multiprocessing: %s cannot be a shared dict key: %w", typeString(typeOf(k)), err))
	}
	return b
}

func dictSetIn(r *objRef, k, v any, what string) error {
	vb, err := encodeOrErr(v, what)
	if err != nil {
		return err
	}
	w := &wbuf{}
	w.bytes(dictKey(k))
	w.bytes(vb)
	st, res := r.call(dSet, w.b)
	return statusError(st, res)
}

func dictLookupIn(r *objRef, method byte, k any) (any, bool) {
	w := &wbuf{}
	w.bytes(dictKey(k))
	st, res := r.call(method, w.b)
	if st == stTimeout {
		return nil, false
	}
	if err := statusError(st, res); err != nil {
		panic(err)
	}
	return decodeOrPanic(res), true
}

// Set sets d[k] = v.
func (d *DictProxy) Set(k, v any) error { return dictSetIn(d.objref(), k, v, "dict") }

// Get returns d[k], or nil if k is missing (Python's d.get(k)).
func (d *DictProxy) Get(k any) any {
	v, _ := dictLookupIn(d.objref(), dGet, k)
	return v
}

// SetDefault returns d[k] if k is present, else sets d[k] = v and returns
// v, in one step in the owner (Python's d.setdefault(k, v)): processes
// that race to set a key all get the value of the one that set it.
func (d *DictProxy) SetDefault(k, v any) any {
	vb, err := encodeOrErr(v, "dict")
	if err != nil {
		panic(err)
	}
	w := &wbuf{}
	w.bytes(dictKey(k))
	w.bytes(vb)
	st, res := d.objref().call(dSetDefault, w.b)
	if err := statusError(st, res); err != nil {
		panic(err)
	}
	return decodeOrPanic(res)
}

// Lookup returns d[k] and whether k is present.
func (d *DictProxy) Lookup(k any) (any, bool) { return dictLookupIn(d.objref(), dGet, k) }

// Has reports whether k is present.
func (d *DictProxy) Has(k any) bool {
	_, ok := dictLookupIn(d.objref(), dGet, k)
	return ok
}

// Delete removes k and reports whether it was present.
func (d *DictProxy) Delete(k any) bool {
	_, ok := dictLookupIn(d.objref(), dDel, k)
	return ok
}

// Pop removes k and returns its value and whether it was present.
func (d *DictProxy) Pop(k any) (any, bool) { return dictLookupIn(d.objref(), dPop, k) }

// Len returns the number of keys.
func (d *DictProxy) Len() int { return intResult(mustCall(d.objref(), dLen, nil)) }

// Clear removes every key.
func (d *DictProxy) Clear() { mustCall(d.objref(), dClear, nil) }

func dictItems(r *objRef) (keys, vals []any) {
	rb := &rbuf{b: mustCall(r, dItems, nil)}
	kb, vb := rb.items(), rb.items()
	keys, vals = make([]any, len(kb)), make([]any, len(vb))
	for i := range kb {
		keys[i], vals[i] = decodeOrPanic(kb[i]), decodeOrPanic(vb[i])
	}
	return keys, vals
}

// Keys returns the keys in insertion order.
func (d *DictProxy) Keys() []any { k, _ := dictItems(d.objref()); return k }

// Values returns the values in key insertion order.
func (d *DictProxy) Values() []any { _, v := dictItems(d.objref()); return v }

// Items returns the key-value pairs in insertion order, each a []any{k, v}.
func (d *DictProxy) Items() [][]any {
	keys, vals := dictItems(d.objref())
	out := make([][]any, len(keys))
	for i := range keys {
		out[i] = []any{keys[i], vals[i]}
	}
	return out
}

// Copy returns a copy as a Go map.
func (d *DictProxy) Copy() map[any]any {
	keys, vals := dictItems(d.objref())
	m := make(map[any]any, len(keys))
	for i, k := range keys {
		m[k] = vals[i]
	}
	return m
}

// Update sets every key of m to its value, as Python's d.update(m): m is a
// map, or the key-value pairs in order, a [][]any{{k, v}, ...} (Python's
// update of a dict literal keeps its order, which a Go map does not have:
// the new keys of a map are added in sorted order, as fmt prints a map).
func (d *DictProxy) Update(m any) error {
	if pairs, ok := m.([][]any); ok {
		for i, kv := range pairs {
			if len(kv) != 2 {
				return fmt.Errorf("ValueError: dictionary update sequence element #%d has length %d; 2 is required", i, len(kv))
			}
			if err := d.Set(kv[0], kv[1]); err != nil {
				return err
			}
		}
		return nil
	}
	v := reflect.ValueOf(m)
	if v.Kind() != reflect.Map {
		return fmt.Errorf("multiprocessing: Update needs a map or [][]any pairs, not %s", typeString(typeOf(m)))
	}
	keys := v.MapKeys()
	sort.Slice(keys, func(a, b int) bool { return lessKey(keys[a], keys[b]) })
	for _, k := range keys {
		if err := d.Set(k.Interface(), v.MapIndex(k).Interface()); err != nil {
			return err
		}
	}
	return nil
}

// lessKey orders map keys as fmt prints a map: numbers by value, strings
// lexically, others by their printed form.
func lessKey(a, b reflect.Value) bool {
	switch {
	case a.CanInt() && b.CanInt():
		return a.Int() < b.Int()
	case a.CanUint() && b.CanUint():
		return a.Uint() < b.Uint()
	case a.CanFloat() && b.CanFloat():
		return a.Float() < b.Float()
	case a.Kind() == reflect.String && b.Kind() == reflect.String:
		return a.String() < b.String()
	}
	return fmt.Sprint(a.Interface()) < fmt.Sprint(b.Interface())
}

// String returns Python's repr of the dict, keys in insertion order, e.g.
// {'a': 1, 'b': [2]}.
func (d *DictProxy) String() string {
	keys, vals := dictItems(d.objref())
	parts := make([]string, len(keys))
	for i := range keys {
		parts[i] = pyElem(keys[i]) + ": " + pyElem(vals[i])
	}
	return "{" + strings.Join(parts, ", ") + "}"
}

// Namespace is a set of named values shared by processes
// (Manager.Namespace), Python's ns.x = 1 written ns.Set("x", 1). As in
// Python, a name starting with _ is the proxy's own: not shared, not shown.
type Namespace struct {
	ref   *objRef
	mu    sync.Mutex
	local map[string]any // the names starting with _ (Python's proxy attributes)
}

// private reports whether name is one of the proxy's own names (Python's
// NamespaceProxy keeps a name starting with _ to itself).
func private(name string) bool { return strings.HasPrefix(name, "_") }

func (n *Namespace) localLookup(name string) (any, bool) {
	n.mu.Lock()
	defer n.mu.Unlock()
	v, ok := n.local[name]
	return v, ok
}

func noProxyAttr(name string) error {
	return errors.New("AttributeError: 'NamespaceProxy' object has no attribute '" + name + "'")
}

func (n *Namespace) objref() *objRef {
	if n.ref == nil {
		panic(errors.New("multiprocessing: a zero Namespace; use Manager.Namespace"))
	}
	return n.ref
}

// Set sets the attribute name to v.
func (n *Namespace) Set(name string, v any) error {
	if private(name) {
		n.mu.Lock()
		defer n.mu.Unlock()
		if n.local == nil {
			n.local = map[string]any{}
		}
		n.local[name] = v
		return nil
	}
	return dictSetIn(n.objref(), name, v, "namespace")
}

// Get returns the attribute name (Python's ns.name). A name not set panics
// with Python's "AttributeError: 'Namespace' object has no attribute
// 'name'", as threading.Local's Get; Lookup is getattr(ns, name, default).
func (n *Namespace) Get(name string) any {
	if private(name) {
		v, ok := n.localLookup(name)
		if !ok {
			panic(noProxyAttr(name))
		}
		return v
	}
	v, ok := dictLookupIn(n.objref(), dGet, name)
	if !ok {
		panic(errors.New("AttributeError: 'Namespace' object has no attribute '" + name + "'"))
	}
	return v
}

// Lookup returns the attribute name and whether it is set (Python's
// getattr(ns, name, None) and hasattr).
func (n *Namespace) Lookup(name string) (any, bool) {
	if private(name) {
		return n.localLookup(name)
	}
	return dictLookupIn(n.objref(), dGet, name)
}

// Delete removes the attribute name (Python's del ns.name); a name not set
// panics with Python's "AttributeError: 'Namespace' object has no attribute
// 'name'", as Get and threading.Local's Delete.
func (n *Namespace) Delete(name string) {
	if private(name) {
		n.mu.Lock()
		defer n.mu.Unlock()
		if _, ok := n.local[name]; !ok {
			panic(noProxyAttr(name))
		}
		delete(n.local, name)
		return
	}
	if _, ok := dictLookupIn(n.objref(), dDel, name); !ok {
		panic(errors.New("AttributeError: 'Namespace' object has no attribute '" + name + "'"))
	}
}

// String returns Python's repr, e.g. Namespace(x=1, y='a'): the attributes
// sorted, without those whose name starts with _.
func (n *Namespace) String() string {
	keys, vals := dictItems(n.objref())
	parts := make([]string, 0, len(keys))
	for i := range keys {
		// As CPython's repr: names starting with _ are not shown, and the
		// "name=value" parts are sorted.
		if name := fmt.Sprint(keys[i]); !strings.HasPrefix(name, "_") {
			parts = append(parts, name+"="+pyElem(vals[i]))
		}
	}
	sort.Strings(parts)
	return "Namespace(" + strings.Join(parts, ", ") + ")"
}

func init() {
	registerHandle(kList, (*ListProxy)(nil), func(r *objRef) (shareable, error) { return &ListProxy{ref: r}, nil })
	registerHandle(kDict, (*DictProxy)(nil), func(r *objRef) (shareable, error) { return &DictProxy{ref: r}, nil })
	registerHandle(kNamespace, (*Namespace)(nil), func(r *objRef) (shareable, error) { return &Namespace{ref: r}, nil })
}

// sortItems returns the encoded items sorted as Python sorts their values
// (see [ListProxy.Sort]), or Python's TypeError.
func sortItems(items [][]byte, reverse bool) ([][]byte, error) {
	vals := make([]any, len(items))
	for i, b := range items {
		v, err := decodeValue(b)
		if err != nil {
			return nil, fmt.Errorf("multiprocessing: cannot sort a shared list: %w", err)
		}
		vals[i] = v
	}
	idx := make([]int, len(items))
	for i := range idx {
		idx[i] = i
	}
	var terr error
	sort.SliceStable(idx, func(a, b int) bool {
		if terr != nil {
			return false
		}
		c, err := pyCompare(vals[idx[a]], vals[idx[b]])
		if err != nil {
			terr = err
			return false
		}
		if reverse {
			return c > 0
		}
		return c < 0
	})
	if terr != nil {
		return nil, terr
	}
	out := make([][]byte, len(items))
	for i, j := range idx {
		out[i] = items[j]
	}
	return out, nil
}

// pyCompare orders a and b as Python's < does for the values a manager
// holds: numbers by value, strings, and sequences element by element (the
// first elements that differ decide); other pairs are Python's TypeError.
func pyCompare(a, b any) (int, error) {
	va, vb := reflect.ValueOf(a), reflect.ValueOf(b)
	if isNaN(va) || isNaN(vb) {
		return 0, nil // Python's comparisons with nan are all false
	}
	if a != nil && b != nil {
		if x, ok := pyNumber(va); ok {
			if y, ok := pyNumber(vb); ok {
				return x.Cmp(y), nil
			}
		} else if va.Kind() == reflect.String && vb.Kind() == reflect.String {
			return strings.Compare(va.String(), vb.String()), nil
		} else if isSeq(va) && isSeq(vb) {
			for i := 0; i < va.Len() && i < vb.Len(); i++ {
				ea, eb := va.Index(i).Interface(), vb.Index(i).Interface()
				if reflect.DeepEqual(ea, eb) {
					continue
				}
				c, err := pyCompare(ea, eb)
				if err != nil || c != 0 {
					return c, err
				}
			}
			return cmp.Compare(va.Len(), vb.Len()), nil
		}
	}
	return 0, fmt.Errorf("TypeError: '<' not supported between instances of '%s' and '%s'", pyrepr.TypeName(a), pyrepr.TypeName(b))
}

// pyNumber returns v's value if it is a bool or a number.
func pyNumber(v reflect.Value) (*big.Float, bool) {
	switch {
	case v.Kind() == reflect.Bool:
		if v.Bool() {
			return big.NewFloat(1), true
		}
		return big.NewFloat(0), true
	case v.CanInt():
		return new(big.Float).SetInt64(v.Int()), true
	case v.CanUint():
		return new(big.Float).SetUint64(v.Uint()), true
	case v.CanFloat():
		return big.NewFloat(v.Float()), true
	}
	return nil, false
}

func isNaN(v reflect.Value) bool { return v.IsValid() && v.CanFloat() && math.IsNaN(v.Float()) }

// isSeq reports whether v is a slice or an array (not of bytes).
func isSeq(v reflect.Value) bool {
	k := v.Kind()
	return (k == reflect.Slice || k == reflect.Array) && v.Type().Elem().Kind() != reflect.Uint8
}
