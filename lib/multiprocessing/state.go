package multiprocessing

import (
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"net"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"sync"
	"sync/atomic"
	"time"

	"github.com/gonotes/gonotes/lib/hook"
)

// ownerID identifies a thread of some process: the owner of an RLock.
type ownerID struct {
	pid int
	gid int64
}

func self() ownerID { return ownerID{pid: os.Getpid(), gid: hook.ThreadID()} }

// callCtx is what an object learns about a call.
type callCtx struct {
	cancel <-chan struct{} // closed when the caller gives up
	who    ownerID
	from   *peer // the caller's connection; nil for a local call
}

// object is the owner's side of a shared object. call runs method with
// the encoded args and returns a status and an encoded result; it may
// block, and must return stCanceled when ctx.cancel is closed.
type object interface {
	call(ctx *callCtx, method byte, args *rbuf) (byte, []byte)
}

// entry is an object registered for other processes.
type entry struct {
	obj    object
	closed atomic.Bool // its Manager has shut down
}

// shareable is implemented by every type whose values are handles to a
// shared object.
type shareable interface {
	objref() *objRef
}

// sendHook is implemented by handles that count their holders (pipe
// ends): onSend is called each time the handle is encoded.
type sendHook interface {
	onSend() error
}

// objRef is a handle: either the object itself (in its owner), or the
// owner's address and the object's id there.
type objRef struct {
	local object
	entry *entry // set once the local object is registered
	id    uint64
	addr  string
	peer  *peer
	// extra is kind-specific data fixed at creation (a queue's capacity,
	// a pipe end's direction, a shared memory file...).
	extra []byte
	// managed marks an object made by a Manager (Python's proxies), which
	// a pool's task may receive.
	managed bool
}

func localRef(obj object, extra []byte) *objRef { return &objRef{local: obj, extra: extra} }

// lazyRef holds the objRef of a handle type whose zero value is usable:
// the object is created at first use.
type lazyRef struct{ p atomic.Pointer[objRef] }

func (l *lazyRef) get(mk func() *objRef) *objRef {
	if r := l.p.Load(); r != nil {
		return r
	}
	r := mk()
	if l.p.CompareAndSwap(nil, r) {
		return r
	}
	return l.p.Load()
}

func (l *lazyRef) set(r *objRef) { l.p.Store(r) }

func typeOf(v any) reflect.Type { return reflect.TypeOf(v) }

// call runs method on the object, wherever it lives. Interrupting the
// calling cell cancels the call and panics with hook.KeyboardInterrupt.
func (r *objRef) call(method byte, args []byte) (byte, []byte) {
	if r.local != nil {
		if r.entry != nil && r.entry.closed.Load() {
			return stError, []byte(errManagerDown.Error())
		}
		st, res := r.local.call(&callCtx{cancel: hook.Current().Done(), who: self()}, method, &rbuf{b: args})
		if st == stCanceled {
			panic(hook.KeyboardInterrupt)
		}
		return st, res
	}
	st, res := r.peer.call(r.id, method, args)
	if st == stLost {
		panic(errLost)
	}
	return st, res
}

// cast runs method without waiting for its result (it must not block).
func (r *objRef) cast(method byte, args []byte) error {
	if r.local != nil {
		st, res := r.call(method, args)
		return statusError(st, res)
	}
	if err := r.peer.cast(r.id, method, args); err != nil {
		var big *errTooLarge
		if errors.As(err, &big) {
			return err
		}
		return errLost
	}
	return nil
}

// statusError turns a failed status into an error (stPanic panics).
func statusError(st byte, res []byte) error {
	switch st {
	case stOK:
		return nil
	case stPanic:
		panic(errors.New(string(res)))
	case stError:
		return errors.New(string(res))
	case stLost:
		return errLost
	}
	return fmt.Errorf("multiprocessing: unexpected status %d", st)
}

var errManagerDown = errors.New("multiprocessing: the Manager that owns this object has shut down")

// Handle kinds, in type descriptors.
const (
	kQueue byte = 1 + iota
	kJoinableQueue
	kSimpleQueue
	kConn
	kLock
	kRLock
	kSemaphore
	kBoundedSemaphore
	kEvent
	kCondition
	kBarrier
	kList
	kDict
	kNamespace
	kValue
	kArray
)

var (
	handleKinds  = map[reflect.Type]byte{}
	handleTypes  = map[byte]reflect.Type{}
	handleMakers = map[byte]func(*objRef) (shareable, error){}
)

func registerHandle(k byte, sample shareable, mk func(*objRef) (shareable, error)) {
	t := reflect.TypeOf(sample)
	handleKinds[t] = k
	handleTypes[k] = t
	handleMakers[k] = mk
}

// writeHandle writes the handle of h: owner address, id, extra, and
// whether a Manager made it (a proxy stays a proxy in the process that
// receives it, which may give it to its own Pool's tasks, as CPython's).
func writeHandle(w *wbuf, h shareable) error {
	r := h.objref()
	if w.task && !r.managed {
		if name := inheritOnly(h); name != "" {
			return &inheritanceError{name: name}
		}
	}
	if sh, ok := h.(sendHook); ok {
		if err := sh.onSend(); err != nil {
			return err
		}
	}
	if r.local != nil {
		if err := state.export(r); err != nil {
			return err
		}
	}
	w.str(r.addr)
	w.uvarint(r.id)
	w.bytes(r.extra)
	w.bool(r.managed)
	return nil
}

// readHandle reads a handle of kind k and returns the proxy (or, in the
// owner, the object itself).
func readHandle(rb *rbuf, k byte) (shareable, error) {
	addr, id, extra := rb.str(), rb.uvarint(), append([]byte(nil), rb.bytes()...)
	managed := rb.bool()
	if rb.err != nil {
		return nil, rb.err
	}
	ref := &objRef{id: id, addr: addr, extra: extra, managed: managed}
	if e := state.lookup(addr, id); e != nil {
		ref.local, ref.entry = e.obj, e
	} else {
		p, err := state.peerFor(addr)
		if err != nil {
			return nil, err
		}
		ref.peer = p
	}
	return handleMakers[k](ref)
}

// session is this process's part of the multiprocessing session: its
// shared objects, its connections, its identity and its children.
type session struct {
	mu       sync.Mutex
	token    string // the session's name, shared by all its processes
	authkey  []byte // the session's secret, shared by all its processes (auth.go)
	dir      string // a temporary directory for shared memory (and sockets, off Linux)
	ownDir   bool   // dir was created by this process: removed at Shutdown or exit
	addr     string // this process's socket (see addrOf)
	ln       net.Listener
	objs     map[uint64]*entry
	nextID   uint64
	peers    map[string]*peer // by owner address
	children map[*Process]struct{}
	pools    map[*Pool]struct{}
	current  *Process // CurrentProcess()

	// identity
	isChild    bool
	name       string // "MainProcess" or the name the parent gave
	identity   string // "" in the main process, "1", "1:2", ...
	counter    int    // children started so far (names Process-N)
	parentPid  int
	parentName string
	parentAddr string
	parent     *peer
	daemon     bool
}

var state = newSession()

func newSession() *session {
	return &session{
		objs:     map[uint64]*entry{},
		peers:    map[string]*peer{},
		children: map[*Process]struct{}{},
		pools:    map[*Pool]struct{}{},
		name:     "MainProcess",
	}
}

// ensureDir creates this process's temporary directory (for shared
// memory) if the session has none, and returns it.
func (s *session) ensureDir() (string, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.ensureDirLocked()
}

func (s *session) ensureDirLocked() (string, error) {
	if s.dir == "" {
		d, err := os.MkdirTemp("", "gonotes-mp-")
		if err != nil {
			return "", fmt.Errorf("multiprocessing: %w", err)
		}
		s.dir, s.ownDir = d, true
	}
	return s.dir, nil
}

// ensureAddrLocked names the session (in the root process) and this
// process's socket.
func (s *session) ensureAddrLocked() error {
	if s.token == "" {
		var b [6]byte
		rand.Read(b[:])
		s.token = strconv.Itoa(os.Getpid()) + "-" + hex.EncodeToString(b[:])
	}
	if s.authkey == nil {
		s.authkey = newKey()
	}
	if !abstractSockets {
		if _, err := s.ensureDirLocked(); err != nil {
			return err
		}
	}
	if s.addr == "" {
		s.addr = s.addrOf(os.Getpid())
	}
	return nil
}

// addrOfLocked is addrOf with the session's lock.
func (s *session) addrOfLocked(pid int) string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.addrOf(pid)
}

// addrOf returns the socket address of process pid of the session: on
// Linux a name in the abstract namespace (no file to clean up), elsewhere
// a file of the session directory.
func (s *session) addrOf(pid int) string {
	if abstractSockets {
		return "@gonotes-mp-" + s.token + "-" + strconv.Itoa(pid)
	}
	return filepath.Join(s.dir, "p"+strconv.Itoa(pid)+".sock")
}

// export registers a local object so that other processes can reach it,
// starting this process's listener if needed.
func (s *session) export(r *objRef) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := s.ensureAddrLocked(); err != nil {
		return err
	}
	if s.ln == nil {
		if !abstractSockets {
			os.Remove(s.addr)
		}
		ln, err := net.Listen("unix", s.addr)
		if err != nil {
			return fmt.Errorf("multiprocessing: %w", err)
		}
		s.ln = ln
		go s.accept(ln)
	}
	if r.entry == nil {
		s.nextID++
		r.id = s.nextID
		r.entry = &entry{obj: r.local}
		s.objs[r.id] = r.entry
	}
	r.addr = s.addr
	return nil
}

// accept serves the connections of the other processes of the session
// that prove they hold its key (see auth.go).
func (s *session) accept(ln net.Listener) {
	for {
		c, err := ln.Accept()
		if err != nil {
			return
		}
		s.mu.Lock()
		key := s.authkey
		s.mu.Unlock()
		go func() {
			if err := authAccepted(c, key); err != nil {
				c.Close()
				refused(err)
				return
			}
			newPeer(c, 0, "").start()
		}()
	}
}

// lookup returns the local object id if addr is this process.
func (s *session) lookup(addr string, id uint64) *entry {
	s.mu.Lock()
	defer s.mu.Unlock()
	if addr != s.addr || s.addr == "" {
		return nil
	}
	return s.objs[id]
}

// peerFor returns the connection to the owner at addr, dialing it if
// needed.
func (s *session) peerFor(addr string) (*peer, error) {
	s.mu.Lock()
	if p := s.peers[addr]; p != nil {
		s.mu.Unlock()
		return p, nil
	}
	if err := s.ensureAddrLocked(); err != nil {
		s.mu.Unlock()
		return nil, err
	}
	own, key := s.addr, s.authkey
	s.mu.Unlock()
	c, err := net.DialTimeout("unix", addr, 5*time.Second)
	if err != nil {
		return nil, fmt.Errorf("multiprocessing: cannot reach the process that owns an object: %w", err)
	}
	if err := authDialed(c, key); err != nil {
		c.Close()
		return nil, fmt.Errorf("multiprocessing: cannot reach the process that owns an object: %w", err)
	}
	p := newPeer(c, 0, addr)
	w := &wbuf{}
	w.varint(int64(os.Getpid()))
	w.str(own)
	p.send(opHello, w.b, true)
	s.mu.Lock()
	if q := s.peers[addr]; q != nil { // lost a race: use the other one
		s.mu.Unlock()
		c.Close()
		return q, nil
	}
	s.peers[addr] = p
	s.mu.Unlock()
	p.start()
	return p, nil
}

func (s *session) addPeer(p *peer) {
	if p.addr == "" {
		return
	}
	s.mu.Lock()
	if s.peers[p.addr] == nil {
		s.peers[p.addr] = p
	}
	s.mu.Unlock()
}

func (s *session) forgetPeer(p *peer) {
	s.mu.Lock()
	if p.addr != "" && s.peers[p.addr] == p {
		delete(s.peers, p.addr)
	}
	s.mu.Unlock()
}

// dispatch runs a call received from another process.
func dispatch(id uint64, ctx *callCtx, method byte, args []byte) (byte, []byte) {
	state.mu.Lock()
	e := state.objs[id]
	state.mu.Unlock()
	if e == nil {
		return stError, []byte(fmt.Sprintf("multiprocessing: no shared object %d in process %d", id, os.Getpid()))
	}
	if e.closed.Load() {
		return stError, []byte(errManagerDown.Error())
	}
	return e.obj.call(ctx, method, &rbuf{b: args})
}

// syncAll waits until every owner this process talks to has handled what
// it sent (a child calls it before it exits).
func (s *session) syncAll() {
	s.mu.Lock()
	peers := make([]*peer, 0, len(s.peers))
	for _, p := range s.peers {
		peers = append(peers, p)
	}
	s.mu.Unlock()
	for _, p := range peers {
		p.sync()
	}
}

// inheritanceError is CPython's RuntimeError for a queue, lock or shared
// value given to a pool's task (Pool.Map, Apply, ProcessPoolExecutor's
// Submit...): "Queue objects should only be shared between processes
// through inheritance". Such objects reach a child as a Process's Args or a
// pool's InitArgs; a task takes the Manager's (Manager.Queue...).
type inheritanceError struct{ name string }

func (e *inheritanceError) Error() string {
	return "RuntimeError: " + e.name + " objects should only be shared between processes through inheritance"
}

// inheritOnly returns the name CPython's inheritanceError gives h, or ""
// for a handle that a task may receive (a Conn, a Manager's proxies).
func inheritOnly(h shareable) string {
	switch x := h.(type) {
	case *Queue:
		return "Queue"
	case *JoinableQueue:
		return "JoinableQueue"
	case *SimpleQueue:
		return "SimpleQueue"
	case *Lock:
		return "Lock"
	case *RLock:
		return "RLock"
	case *Semaphore:
		return "Semaphore"
	case *BoundedSemaphore:
		return "BoundedSemaphore"
	case *Condition, *Event, *Barrier:
		// An Event and a Barrier fail on the Condition they hold.
		return "Condition"
	case *Value:
		return "Synchronized"
	case *Array:
		if x.typecode == "c" {
			return "SynchronizedString"
		}
		return "SynchronizedArray"
	}
	return ""
}
